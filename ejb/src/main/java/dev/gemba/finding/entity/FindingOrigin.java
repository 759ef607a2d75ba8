package dev.gemba.finding.entity;

/** Where a finding was raised: the page a person started from, or an accepted suggestion. */
public enum FindingOrigin {
    MANUAL,
    INBOX,
    INSIGHTS,
    COVERAGE,
    SURVEY_SCORE,
    SUGGESTION
}
