package dev.gemba.improvement.boundary;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

import dev.gemba.improvement.control.PriorityScore;
import dev.gemba.improvement.control.PriorityScore.Weights;
import dev.gemba.improvement.control.RegisterRow;
import dev.gemba.improvement.entity.Effort;
import dev.gemba.improvement.entity.ImprovementItem;
import dev.gemba.improvement.entity.KpiKind;
import dev.gemba.improvement.entity.ScoreWeights;

/** Builds the score card of an item from its stored components. */
final class ScoreCards {

    private ScoreCards() {}

    static ScoreCard of(ImprovementItem item, ScoreWeights w) {
        return of(Figures.of(item), new Weights(w.getReach(), w.getImpact(), w.getConfidence(), w.getEffort()));
    }

    /** A register row's card, with the weights its statement read. */
    static ScoreCard of(RegisterRow row) {
        return of(
                new Figures(
                        scope(row.kpiServiceName(), row.kpiBusinessUnitName(), row.kpiTopic()),
                        row.kpiWindowDays(),
                        row.kpiKind(),
                        row.reachPeople(),
                        row.reachUnits(),
                        row.impactValue(),
                        row.evidenceN(),
                        row.evidenceSources(),
                        row.effort(),
                        row.effortDays(),
                        row.score(),
                        row.scoreComputedAt()),
                row.weights());
    }

    /** The stored figures a score card shows, from an item or from a register row. */
    private record Figures(
            String scope,
            int kpiWindowDays,
            KpiKind kpiKind,
            long reachPeople,
            long reachUnits,
            double impactValue,
            long evidenceN,
            int evidenceSources,
            Effort effort,
            BigDecimal effortDays,
            double score,
            Instant scoreComputedAt) {

        static Figures of(ImprovementItem item) {
            return new Figures(
                    ScoreCards.scope(item),
                    item.getKpiWindowDays(),
                    item.getKpiKind(),
                    item.getReachPeople(),
                    item.getReachUnits(),
                    item.getImpactValue(),
                    item.getEvidenceN(),
                    item.getEvidenceSources(),
                    item.getEffort(),
                    item.getEffortDays(),
                    item.getScore(),
                    item.getScoreComputedAt());
        }
    }

    private static ScoreCard of(Figures item, Weights w) {
        String scope = item.scope();
        String window = "feedback and survey answers " + scope + " in the last " + item.kpiWindowDays() + " days";
        List<ScoreCard.Component> components = List.of(
                new ScoreCard.Component(
                        "reach",
                        round(PriorityScore.reach(item.reachPeople(), item.reachUnits())),
                        w.reach(),
                        item.reachPeople() + " people, " + item.reachUnits() + " business units",
                        "distinct contacts and business units behind negative " + window),
                new ScoreCard.Component(
                        "impact",
                        round(item.impactValue()),
                        w.impact(),
                        impactBasis(item),
                        impactSource(item.kpiKind()) + " " + scope),
                new ScoreCard.Component(
                        "confidence",
                        round(PriorityScore.confidence(item.evidenceN(), item.evidenceSources())),
                        w.confidence(),
                        item.evidenceN() + " items from " + item.evidenceSources() + " sources",
                        "count of " + window + "; sources are feedback channels and surveys"),
                new ScoreCard.Component(
                        "effort",
                        round(PriorityScore.effort(item.effort(), item.effortDays())),
                        w.effort(),
                        item.effortDays() != null ? item.effortDays() + " person-days" : "size " + item.effort(),
                        item.effortDays() != null ? "person-days / 5 as entered on the item" : "S 1, M 2, L 3, XL 5"));
        return new ScoreCard(item.score(), components, ScoreCard.FORMULA, item.scoreComputedAt());
    }

    private static String impactBasis(Figures item) {
        // "%.1f" without a Formatter (the register builds one per row): both round the shortest
        // decimal form of the double half up
        return BigDecimal.valueOf(100 * item.impactValue())
                        .setScale(1, RoundingMode.HALF_UP)
                        .toPlainString()
                + "% harm";
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
        return scope(
                item.getKpiService() == null ? null : item.getKpiService().getName(),
                item.getKpiBusinessUnit() == null
                        ? null
                        : item.getKpiBusinessUnit().getName(),
                item.getKpiTopic());
    }

    private static String scope(String serviceName, String businessUnitName, String topic) {
        StringBuilder s = new StringBuilder();
        if (serviceName != null) {
            s.append("for ").append(serviceName);
        }
        if (businessUnitName != null) {
            s.append(s.isEmpty() ? "for " : ", ").append(businessUnitName);
        }
        if (topic != null) {
            s.append(s.isEmpty() ? "on " : " on ").append("topic ").append(topic);
        }
        return s.isEmpty() ? "in all scopes" : s.toString();
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
