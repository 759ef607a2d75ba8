package dev.gemba.review.entity;

/** The sections of a review pack, in their default agenda order. */
public enum PackSection {
    OPEN_ACTIONS,
    SERVICE_LEVELS,
    SURVEY_SCORES,
    FEEDBACK,
    FINDINGS,
    IMPROVEMENTS,
    YOU_SAID_WE_DID,
    COVERAGE_GAPS
}
