package dev.gemba.finding.boundary;

import java.time.Instant;
import java.util.List;

/**
 * A finding's impact, computed from its evidence when read. The period is the saved query's (or
 * the span of the linked feedback, else the last 30 days); the previous period has the same length
 * and ends where it starts. See {@code ImpactCalculator} for what each figure counts.
 *
 * @param items evidence items of every kind
 * @param people distinct contacts (e-mail, else name) among evidence feedback and linked responses
 * @param negativeNow negative share of the trend population (the query's criteria without its
 *     sentiment, in the finding's scope) in the period, among analysed feedback
 * @param negativeBefore the same in the previous period
 * @param negativeChange now minus before, in percentage points
 * @param csat share of 4 and 5 among CSAT answers for the scope in the period and linked responses
 * @param trend the trend population over both periods in up to 16 equal buckets, for a chart
 */
public record FindingImpact(
        Instant from,
        Instant to,
        Instant previousFrom,
        long items,
        long feedbackItems,
        long surveyResponses,
        long touchpoints,
        long coverageGaps,
        long people,
        long businessUnits,
        Proportion negativeNow,
        Proportion negativeBefore,
        Change negativeChange,
        Estimate csat,
        Estimate nps,
        Estimate ces,
        List<TierCount> tiers,
        List<Verbatim> verbatims,
        List<TrendPoint> trend) {

    public FindingImpact {
        tiers = List.copyOf(tiers);
        verbatims = List.copyOf(verbatims);
        trend = List.copyOf(trend);
    }
}
