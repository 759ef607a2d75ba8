package dev.gemba.finding.entity;

/** What a linked item of evidence is. */
public enum EvidenceKind {
    FEEDBACK,
    SURVEY_RESPONSE,
    TOUCHPOINT,
    COVERAGE_GAP
}
