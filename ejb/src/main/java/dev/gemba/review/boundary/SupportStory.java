package dev.gemba.review.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.gemba.review.boundary.ReviewPack.MonthScores;
import dev.gemba.review.boundary.ReviewPack.SentimentMonth;
import dev.gemba.review.boundary.ReviewPack.ServiceLevelLine;
import dev.gemba.review.boundary.ReviewPack.TierLine;

/**
 * The figures of a support success story for a period and scope, compared with the period of the
 * same length just before it ("earlier"). Testimonials are already anonymised.
 *
 * @param scopeName the unit's or service's name, or null for everything
 * @param serviceLevelNote why there are no service-level lines, or null
 */
public record SupportStory(
        Instant generatedAt,
        StoryScope scope,
        String scopeName,
        LocalDate from,
        LocalDate to,
        LocalDate earlierFrom,
        Breadth breadth,
        long feedbackItems,
        List<SentimentMonth> sentiment,
        List<Delivered> improvements,
        List<TierShift> tiers,
        List<TierLine> serviceLevelTiers,
        List<MonthScores> surveyTrend,
        List<UnitScores> surveyByUnit,
        List<Testimonial> testimonials,
        List<ServiceLevelLine> serviceLevels,
        String serviceLevelNote) {

    /**
     * @param people distinct people who gave feedback in the period
     * @param surveyAnswers survey responses in the period
     * @param touchpoints touchpoints with the business in the period
     */
    public record Breadth(
            long services, long units, long people, long surveyAnswers, long touchpoints, List<ServiceUse> uses) {}

    /** A service and the units (in scope) that consume it. */
    public record ServiceUse(String service, List<String> units) {}

    /** An improvement item delivered in the period with its measured outcome. */
    public record Delivered(
            String number,
            String title,
            String kpi,
            LocalDate delivered,
            Double before,
            Double after,
            Double lower,
            Double upper,
            String verdict) {}

    /** One support tier's feedback items and share of all tiered items, earlier and in the period (0 to 1). */
    public record TierShift(String tier, long earlier, double earlierShare, long now, double nowShare) {}

    public record UnitScores(
            String unit, long responses, ReviewPack.Figure csat, ReviewPack.Figure nps, ReviewPack.Figure ces) {}

    /** A positive verbatim and whom it is attributed to (never a person's name without their consent). */
    public record Testimonial(String text, String attribution, LocalDate received) {}
}
