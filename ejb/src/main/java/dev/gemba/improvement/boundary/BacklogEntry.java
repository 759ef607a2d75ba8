package dev.gemba.improvement.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import dev.gemba.improvement.entity.ClosureOutcome;
import dev.gemba.improvement.entity.ImprovementStatus;

/**
 * An item as a committee looks at the backlog: its scope, dates, computed score and since when it
 * has been in its status (its last workflow step).
 */
public record BacklogEntry(
        long id,
        String number,
        String title,
        ImprovementStatus status,
        ClosureOutcome closure,
        String owner,
        double score,
        LocalDate targetDate,
        LocalDate benefitsReviewDate,
        Set<Long> serviceIds,
        Set<Long> businessUnitIds,
        Instant inStatusSince,
        long version) {}
