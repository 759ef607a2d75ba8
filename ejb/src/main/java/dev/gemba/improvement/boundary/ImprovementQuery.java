package dev.gemba.improvement.boundary;

import dev.gemba.improvement.entity.ImprovementStatus;
import dev.gemba.improvement.entity.ImprovementType;

/** Filters of the register; nulls match everything. {@code text} looks in title and number. */
public record ImprovementQuery(
        ImprovementStatus status,
        ImprovementType type,
        String owner,
        Long serviceId,
        Long businessUnitId,
        String text) {

    public static final ImprovementQuery ALL = new ImprovementQuery(null, null, null, null, null, null);
}
