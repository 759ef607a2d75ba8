package dev.gemba.improvement.boundary;

import java.time.Instant;
import java.time.LocalDate;

import dev.gemba.improvement.control.RegisterRow;
import dev.gemba.improvement.entity.ClosureOutcome;
import dev.gemba.improvement.entity.Effort;
import dev.gemba.improvement.entity.ImprovementItem;
import dev.gemba.improvement.entity.ImprovementStatus;
import dev.gemba.improvement.entity.ImprovementType;
import dev.gemba.improvement.entity.KpiKind;

/**
 * A register row: the item's headline and its score with the components behind it.
 *
 * @param baselineValue the KPI's frozen baseline (see the details), null before approval
 * @param deliveredAt null until delivered
 */
public record ImprovementSummary(
        long id,
        String number,
        String title,
        ImprovementStatus status,
        ClosureOutcome closure,
        ImprovementType type,
        Effort effort,
        String owner,
        KpiKind kpiKind,
        LocalDate targetDate,
        Double baselineValue,
        Instant deliveredAt,
        ScoreCard score,
        long version) {

    static ImprovementSummary of(RegisterRow row) {
        return new ImprovementSummary(
                row.id(),
                ImprovementItem.code(row.number()),
                row.title(),
                row.status(),
                row.closure(),
                row.type(),
                row.effort(),
                row.owner(),
                row.kpiKind(),
                row.targetDate(),
                row.baselineValue(),
                row.deliveredAt(),
                ScoreCards.of(row),
                row.version());
    }
}
