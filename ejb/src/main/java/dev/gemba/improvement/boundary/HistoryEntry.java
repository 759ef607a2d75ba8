package dev.gemba.improvement.boundary;

import java.time.Instant;

import dev.gemba.improvement.entity.ClosureOutcome;
import dev.gemba.improvement.entity.ImprovementStatus;
import dev.gemba.improvement.entity.ImprovementTransition;

/** One step of an item's history. {@code from} is null for the proposal. */
public record HistoryEntry(
        ImprovementStatus from, ImprovementStatus to, ClosureOutcome closure, String actor, Instant at, String reason) {

    static HistoryEntry of(ImprovementTransition t) {
        return new HistoryEntry(t.getFrom(), t.getTo(), t.getClosure(), t.getActor(), t.getOccurredAt(), t.getReason());
    }
}
