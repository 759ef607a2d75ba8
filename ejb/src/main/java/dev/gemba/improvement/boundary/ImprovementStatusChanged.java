package dev.gemba.improvement.boundary;

import java.time.Instant;

import dev.gemba.improvement.entity.ClosureOutcome;
import dev.gemba.improvement.entity.ImprovementStatus;

/**
 * A CDI event fired, inside the step's transaction, whenever an improvement item's status changes
 * (a workflow step or a committee's decision); observers that act later queue their work, so
 * they act only when the step commits.
 */
public record ImprovementStatusChanged(
        long itemId,
        long transitionId,
        ImprovementStatus from,
        ImprovementStatus to,
        ClosureOutcome closure,
        Instant at,
        String actor) {

    /** Delivered, or closed as successful or partly successful: what the people who spoke are told of. */
    public boolean success() {
        return to == ImprovementStatus.DELIVERED
                || (to == ImprovementStatus.CLOSED
                        && (closure == ClosureOutcome.SUCCESSFUL || closure == ClosureOutcome.PARTLY_SUCCESSFUL));
    }
}
