package dev.gemba.improvement.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import dev.gemba.improvement.entity.ClosureOutcome;
import dev.gemba.improvement.entity.Effort;
import dev.gemba.improvement.entity.ImprovementStatus;
import dev.gemba.improvement.entity.ImprovementType;
import dev.gemba.improvement.entity.KpiKind;

/**
 * One row of the register as the query selects it (no entity is loaded): the item's headline, the
 * stored score components with the KPI scope's names, the score's weights (the same on every row,
 * read in the same statement so the page costs one round trip) and the number of items the whole
 * filter matches (the same on every row).
 */
public record RegisterRow(
        long id,
        int number,
        String title,
        ImprovementStatus status,
        ClosureOutcome closure,
        ImprovementType type,
        Effort effort,
        BigDecimal effortDays,
        String owner,
        KpiKind kpiKind,
        String kpiTopic,
        String kpiServiceName,
        String kpiBusinessUnitName,
        int kpiWindowDays,
        LocalDate targetDate,
        Double baselineValue,
        Instant deliveredAt,
        long reachPeople,
        long reachUnits,
        double impactValue,
        long evidenceN,
        int evidenceSources,
        double score,
        Instant scoreComputedAt,
        long version,
        double reachWeight,
        double impactWeight,
        double confidenceWeight,
        double effortWeight,
        long total) {

    public PriorityScore.Weights weights() {
        return new PriorityScore.Weights(reachWeight, impactWeight, confidenceWeight, effortWeight);
    }
}
