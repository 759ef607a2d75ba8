package dev.gemba.improvement.boundary;

import java.time.Instant;
import java.util.List;

import dev.gemba.improvement.entity.ClosureOutcome;
import dev.gemba.improvement.entity.ImprovementStatus;

/** One status change of an item as a public note reads it, with the item's scope and justification. */
public record ChangeNote(
        long itemId,
        String number,
        String title,
        String owner,
        long transitionId,
        ImprovementStatus from,
        ImprovementStatus to,
        ClosureOutcome closure,
        Instant at,
        List<Long> businessUnitIds,
        List<Long> findingIds) {}
