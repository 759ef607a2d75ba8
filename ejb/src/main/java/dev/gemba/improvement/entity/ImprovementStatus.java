package dev.gemba.improvement.entity;

/**
 * Where an improvement item stands. The order of the lifecycle is proposed → accepted → approved
 * → in progress ↔ on hold → delivered → benefits review → closed; rejected and deferred are
 * decisions on a proposed or accepted item. {@code ImprovementWorkflow} holds the rules.
 */
public enum ImprovementStatus {
    PROPOSED,
    ACCEPTED,
    APPROVED,
    IN_PROGRESS,
    ON_HOLD,
    DELIVERED,
    BENEFITS_REVIEW,
    CLOSED,
    REJECTED,
    DEFERRED;

    /** The work is done: delivered, in its benefits review or closed (its outcome can be measured). */
    public boolean delivered() {
        return this == DELIVERED || this == BENEFITS_REVIEW || this == CLOSED;
    }

    /** No further work happens on the item. */
    public boolean ended() {
        return this == CLOSED || this == REJECTED;
    }
}
