package dev.gemba.improvement.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import dev.gemba.feedback.entity.SupportTier;
import dev.gemba.improvement.entity.ClosureOutcome;
import dev.gemba.improvement.entity.Effort;
import dev.gemba.improvement.entity.ImprovementItem;
import dev.gemba.improvement.entity.ImprovementStatus;
import dev.gemba.improvement.entity.ImprovementType;
import dev.gemba.improvement.entity.KpiKind;
import dev.gemba.improvement.entity.ScoreWeights;

/**
 * An improvement item with everything the item page shows.
 *
 * @param services services the item concerns (id and name)
 * @param businessUnits business units the item concerns (id and name)
 * @param baselineValue frozen at approval for a measured KPI; typed in for a manual one
 * @param sourceTierVolume shift-left items: feedback in the KPI scope at the source tier within
 *     the last window
 * @param steps the workflow steps the caller may take now (rule names and target statuses)
 */
public record ImprovementDetails(
        long id,
        String number,
        String title,
        String description,
        ImprovementStatus status,
        ClosureOutcome closure,
        String raisedBy,
        Instant raisedAt,
        String owner,
        ImprovementType type,
        Effort effort,
        BigDecimal effortDays,
        LocalDate targetDate,
        LocalDate benefitsReviewDate,
        List<ScopeRef> services,
        List<ScopeRef> businessUnits,
        KpiKind kpiKind,
        String kpiName,
        String kpiTopic,
        Long kpiServiceId,
        Long kpiBusinessUnitId,
        String kpiScope,
        int kpiWindowDays,
        boolean kpiHigherIsBetter,
        Double targetValue,
        Double baselineValue,
        Long baselineN,
        Instant baselineFrom,
        Instant baselineTo,
        Double manualCurrentValue,
        Instant approvedAt,
        Instant deliveredAt,
        SupportTier tierFrom,
        SupportTier tierTo,
        Long sourceTierVolume,
        ScoreCard score,
        List<Step> steps,
        long version) {

    /** A step the caller may take: the rule's name and where it leads. */
    public record Step(String rule, ImprovementStatus to, boolean reasonRequired, boolean closing) {}

    static ImprovementDetails of(ImprovementItem item, ScoreWeights weights, Long tierVolume, List<Step> steps) {
        return new ImprovementDetails(
                item.getId(),
                item.code(),
                item.getTitle(),
                item.getDescription(),
                item.getStatus(),
                item.getClosure(),
                item.getRaisedBy(),
                item.getRaisedAt(),
                item.getOwner(),
                item.getType(),
                item.getEffort(),
                item.getEffortDays(),
                item.getTargetDate(),
                item.getBenefitsReviewDate(),
                item.getServices().stream()
                        .map(s -> new ScopeRef(s.getId(), s.getName()))
                        .sorted(Comparator.comparing(ScopeRef::name))
                        .toList(),
                item.getBusinessUnits().stream()
                        .map(b -> new ScopeRef(b.getId(), b.getName()))
                        .sorted(Comparator.comparing(ScopeRef::name))
                        .toList(),
                item.getKpiKind(),
                item.getKpiName(),
                item.getKpiTopic(),
                item.getKpiService() == null ? null : item.getKpiService().getId(),
                item.getKpiBusinessUnit() == null
                        ? null
                        : item.getKpiBusinessUnit().getId(),
                ScoreCards.scope(item),
                item.getKpiWindowDays(),
                item.isKpiHigherIsBetter(),
                item.getTargetValue(),
                item.getBaselineValue(),
                item.getBaselineN(),
                item.getBaselineFrom(),
                item.getBaselineTo(),
                item.getManualCurrentValue(),
                item.getApprovedAt(),
                item.getDeliveredAt(),
                item.getTierFrom(),
                item.getTierTo(),
                tierVolume,
                ScoreCards.of(item, weights),
                steps,
                item.getVersion());
    }
}
