package dev.gemba.improvement.control;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import dev.gemba.improvement.control.PriorityScore.Weights;
import dev.gemba.improvement.entity.ImprovementItem;
import dev.gemba.improvement.entity.KpiKind;
import dev.gemba.improvement.entity.ScoreWeights;

/**
 * Computes an item's priority score from the evidence in its KPI scope over the last window and
 * stores it with its components on the item (the register sorts by the stored score).
 */
@Dependent
public class ScoreKeeper {

    @Inject
    KpiMeter meter;

    @Inject
    ImprovementRepository items;

    public void rescore(ImprovementItem item, Instant now) {
        KpiScope scope = scopeOf(item);
        Instant from = now.minus(Duration.ofDays(item.getKpiWindowDays()));
        Evidence evidence = meter.evidence(scope, from, now);
        double impact =
                switch (item.getKpiKind()) {
                    case CSAT, NPS, CES -> {
                        KpiSample sample = meter.measure(item.getKpiKind(), scope, from, now);
                        yield sample.n() == 0 ? evidence.negativeShare() : harm(item.getKpiKind(), sample.value());
                    }
                    default -> evidence.negativeShare();
                };
        // each linked finding is one more independent source of evidence
        int sources = evidence.sources() + (item.getId() == null ? 0 : (int) items.linkCount(item.getId()));
        ScoreWeights w = items.weights();
        var c = PriorityScore.compute(
                evidence.people(),
                evidence.units(),
                impact,
                evidence.feedback() + evidence.surveyAnswers(),
                sources,
                item.getEffort(),
                item.getEffortDays(),
                new Weights(w.getReach(), w.getImpact(), w.getConfidence(), w.getEffort()));
        item.scored(
                evidence.people(),
                evidence.units(),
                c.impact(),
                evidence.feedback() + evidence.surveyAnswers(),
                sources,
                c.score(),
                now);
    }

    /** The harm a score shows, 0..1. */
    static double harm(KpiKind kind, double value) {
        return switch (kind) {
            case CSAT -> (100 - value) / 100;
            case NPS -> (100 - value) / 200;
            case CES -> (7 - value) / 6;
            default -> throw new IllegalArgumentException(kind.name());
        };
    }

    public static KpiScope scopeOf(ImprovementItem item) {
        return new KpiScope(
                item.getKpiService() == null ? null : item.getKpiService().getId(),
                item.getKpiBusinessUnit() == null
                        ? null
                        : item.getKpiBusinessUnit().getId(),
                item.getKpiTopic());
    }
}
