package dev.gemba.steering.entity;

/** Why a point is on the agenda; the generator adds all but chair points, in this order. */
public enum AgendaKind {
    AWAITING_APPROVAL,
    LATE,
    ON_HOLD,
    BENEFITS_REVIEW,
    NEW_FINDING,
    CHAIR_POINT
}
