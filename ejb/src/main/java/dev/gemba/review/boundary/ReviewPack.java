package dev.gemba.review.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The figures of a review pack as of the review's period. Published packs are stored as this
 * record in JSON ({@code PackJson}) and read back unchanged, so what was shown stays reproducible.
 * Every list is empty rather than null; absent figures are null.
 *
 * @param periodTo the period's last day (inclusive)
 * @param openActions the previous review's actions still open at generation
 * @param youSaidWeDid delivered or closed improvement items affecting the unit, with the customer
 *     words that asked for them where a linked finding had any
 */
public record ReviewPack(
        Instant generatedAt,
        long businessUnitId,
        String businessUnitName,
        Long serviceId,
        String serviceName,
        LocalDate periodFrom,
        LocalDate periodTo,
        List<ActionLine> openActions,
        ServiceLevels serviceLevels,
        SurveyFigures surveys,
        FeedbackFigures feedback,
        List<FindingLine> findings,
        List<ImprovementLine> improvements,
        List<ImprovementLine> youSaidWeDid,
        List<GapLine> coverageGaps) {

    public ReviewPack {
        openActions = copy(openActions);
        findings = copy(findings);
        improvements = copy(improvements);
        youSaidWeDid = copy(youSaidWeDid);
        coverageGaps = copy(coverageGaps);
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** A follow-up action agreed at the previous review. */
    public record ActionLine(
            long followUpId, String text, String owner, LocalDate dueDate, String status, boolean overdue) {}

    /**
     * SLA/OLA compliance and tiered-support figures; {@code note} says why there are none
     * (no agreements yet for the unit's services).
     */
    public record ServiceLevels(List<ServiceLevelLine> lines, List<TierLine> tiers, String note) {

        public ServiceLevels {
            lines = copy(lines);
            tiers = copy(tiers);
        }
    }

    /**
     * A tiered-support figure of the period's last measured month against its target.
     *
     * @param level 1 to 3
     * @param shareOfAll percentage of all tickets the level resolved, where known
     */
    public record TierLine(
            String agreement,
            String month,
            int level,
            Double measured,
            Double shareOfAll,
            Double targetValue,
            String compliance) {}

    /**
     * One target of an agreement in the period: its measured value against the target.
     *
     * @param agreementKind SLA or OLA
     * @param measured the figure of the period's last measured month
     * @param compliance that month's COMPLIANT, AT_RISK or BREACHED
     * @param breaches months of the period in which the target was missed
     * @param trend the compliance of every measured month of the period, oldest first
     */
    public record ServiceLevelLine(
            String agreement,
            String agreementKind,
            String service,
            String target,
            Double targetValue,
            Double measured,
            String compliance,
            long breaches,
            List<String> trend) {

        public ServiceLevelLine {
            trend = copy(trend);
        }
    }

    /** A score with its sample size and 95% interval; value null when nobody answered. */
    public record Figure(long n, Double value, Double low, Double high) {

        public static final Figure NONE = new Figure(0, null, null, null);
    }

    /** Survey scores in the period and per month of the period and the five months before it. */
    public record SurveyFigures(long responses, Figure csat, Figure nps, Figure ces, List<MonthScores> trend) {

        public SurveyFigures {
            trend = copy(trend);
        }
    }

    /** @param month yyyy-MM */
    public record MonthScores(String month, long responses, Figure csat, Figure nps, Figure ces) {}

    /** Feedback sentiment per month and the top topics with what customers said. */
    public record FeedbackFigures(long analysed, List<SentimentMonth> sentiment, List<TopicLine> topTopics) {

        public FeedbackFigures {
            sentiment = copy(sentiment);
            topTopics = copy(topTopics);
        }
    }

    public record SentimentMonth(LocalDate month, long negative, long neutral, long positive, long mixed) {}

    /** @param negativeShare 0 to 1 */
    public record TopicLine(String topic, long count, double negativeShare, List<String> verbatims) {

        public TopicLine {
            verbatims = copy(verbatims);
        }
    }

    public record FindingLine(long id, String title, String status, String serviceName, Instant createdAt) {}

    /**
     * An improvement item with its measured outcome where it has one.
     *
     * @param before the KPI before (the baseline window), null before approval
     * @param after the KPI after delivery, null before delivery
     * @param verdict the outcome's verdict, null before delivery
     * @param customerSaid a verbatim from a finding that justified the item ("you said")
     */
    public record ImprovementLine(
            long id,
            String number,
            String title,
            String status,
            String owner,
            LocalDate due,
            Instant deliveredAt,
            Double before,
            Double after,
            String verdict,
            String customerSaid) {}

    /**
     * A lifecycle phase where IT did not listen to the unit in the period.
     *
     * @param gap NO_TOUCHPOINT or STALE
     */
    public record GapLine(String phase, String gap, long touchpoints, List<String> missingInformation) {

        public GapLine {
            missingInformation = copy(missingInformation);
        }
    }
}
