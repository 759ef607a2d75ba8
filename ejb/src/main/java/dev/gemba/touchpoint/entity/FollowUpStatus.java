package dev.gemba.touchpoint.entity;

/** Where a follow-up action stands. Only OPEN actions count as outstanding. */
public enum FollowUpStatus {
    OPEN,
    DONE,
    CANCELLED
}
