package dev.gemba.review.entity;

/** What the minutes raised: a follow-up action, a finding, or a proposed improvement item. */
public enum OutcomeKind {
    ACTION,
    FINDING,
    IMPROVEMENT
}
