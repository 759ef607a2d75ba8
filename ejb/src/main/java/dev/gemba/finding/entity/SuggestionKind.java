package dev.gemba.finding.entity;

/** What the detector looked for. Only topic trends are detected so far. */
public enum SuggestionKind {
    TOPIC_TREND,
    SCORE_DROP,
    COVERAGE_GAP,
    CHANGE_IMPACT
}
