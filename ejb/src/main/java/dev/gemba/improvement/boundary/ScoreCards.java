package dev.gemba.improvement.boundary;

import java.util.List;
import java.util.Locale;

import dev.gemba.improvement.control.PriorityScore;
import dev.gemba.improvement.entity.ImprovementItem;
import dev.gemba.improvement.entity.KpiKind;
import dev.gemba.improvement.entity.ScoreWeights;

/** Builds the score card of an item from its stored components. */
final class ScoreCards {

    private ScoreCards() {}

    static ScoreCard of(ImprovementItem item, ScoreWeights w) {
        String scope = scope(item);
        String window = "feedback and survey answers " + scope + " in the last " + item.getKpiWindowDays() + " days";
        List<ScoreCard.Component> components = List.of(
                new ScoreCard.Component(
                        "reach",
                        round(PriorityScore.reach(item.getReachPeople(), item.getReachUnits())),
                        w.getReach(),
                        item.getReachPeople() + " people, " + item.getReachUnits() + " business units",
                        "distinct contacts and business units behind negative " + window),
                new ScoreCard.Component(
                        "impact",
                        round(item.getImpactValue()),
                        w.getImpact(),
                        impactBasis(item),
                        impactSource(item.getKpiKind()) + " " + scope),
                new ScoreCard.Component(
                        "confidence",
                        round(PriorityScore.confidence(item.getEvidenceN(), item.getEvidenceSources())),
                        w.getConfidence(),
                        item.getEvidenceN() + " items from " + item.getEvidenceSources() + " sources",
                        "count of " + window + "; sources are feedback channels and surveys"),
                new ScoreCard.Component(
                        "effort",
                        round(PriorityScore.effort(item.getEffort(), item.getEffortDays())),
                        w.getEffort(),
                        item.getEffortDays() != null
                                ? item.getEffortDays() + " person-days"
                                : "size " + item.getEffort(),
                        item.getEffortDays() != null
                                ? "person-days / 5 as entered on the item"
                                : "S 1, M 2, L 3, XL 5"));
        return new ScoreCard(item.getScore(), components, ScoreCard.FORMULA, item.getScoreComputedAt());
    }

    private static String impactBasis(ImprovementItem item) {
        return String.format(Locale.ROOT, "%.1f%% harm", 100 * item.getImpactValue());
    }

    private static String impactSource(KpiKind kind) {
        return switch (kind) {
            case CSAT -> "100 − CSAT of survey answers";
            case NPS -> "(100 − NPS) / 2 of survey answers";
            case CES -> "(7 − CES) / 6 of survey answers";
            default -> "negative share of analysed feedback";
        };
    }

    static String scope(ImprovementItem item) {
        StringBuilder s = new StringBuilder();
        if (item.getKpiService() != null) {
            s.append("for ").append(item.getKpiService().getName());
        }
        if (item.getKpiBusinessUnit() != null) {
            s.append(s.isEmpty() ? "for " : ", ")
                    .append(item.getKpiBusinessUnit().getName());
        }
        if (item.getKpiTopic() != null) {
            s.append(s.isEmpty() ? "on " : " on ").append("topic ").append(item.getKpiTopic());
        }
        return s.isEmpty() ? "in all scopes" : s.toString();
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
