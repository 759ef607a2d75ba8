package dev.gemba.finding.entity;

/** What the detector looked for. Coverage gaps are not detected yet. */
public enum SuggestionKind {
    TOPIC_TREND,
    SCORE_DROP,
    COVERAGE_GAP,
    CHANGE_IMPACT
}
