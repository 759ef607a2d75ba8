package dev.gemba.finding.entity;

/** What the detector looked for. */
public enum SuggestionKind {
    TOPIC_TREND,
    SCORE_DROP,
    COVERAGE_GAP,
    CHANGE_IMPACT
}
