package dev.gemba.improvement.control;

import java.math.BigDecimal;

import dev.gemba.improvement.entity.Effort;

/**
 * The priority score, absolute and transparent: it depends only on the item's own evidence and the
 * admins' weights, so adding or changing another item changes no score.
 *
 * <pre>
 * reach      = min(1, log10(1 + people + 10 × business units) / 3)   people and units affected
 * impact     = the harm in scope, 0..1 (negative share; for CSAT (100 − CSAT)/100;
 *              for NPS (100 − NPS)/200; for CES (7 − CES)/6)
 * confidence = n / (n + 20) × (1 + min(sources, 3)) / 4              amount and independence of evidence
 * effort     = person-days / 5 (at least 0.5) when given, else S 1, M 2, L 3, XL 5
 * score      = 100 × reach^wR × impact^wI × confidence^wC / effort^wE
 * </pre>
 *
 * The weights wR, wI, wC, wE are exponents (default 1): 0 ignores a component, 2 makes it count
 * twice. Reach saturates at a thousand people-equivalents, a business unit counting as ten people.
 */
public final class PriorityScore {

    private PriorityScore() {}

    public record Weights(double reach, double impact, double confidence, double effort) {

        public static final Weights EVEN = new Weights(1, 1, 1, 1);
    }

    /** The components and the score they give. */
    public record Components(double reach, double impact, double confidence, double effort, double score) {}

    public static double reach(long people, long units) {
        return Math.min(1, Math.log10(1 + people + 10.0 * units) / 3);
    }

    public static double confidence(long n, int sources) {
        return n == 0 ? 0 : (double) n / (n + 20) * (1 + Math.min(sources, 3)) / 4;
    }

    public static double effort(Effort size, BigDecimal personDays) {
        return personDays != null ? Math.max(0.5, personDays.doubleValue() / 5) : size.points();
    }

    public static Components compute(
            long people, long units, double impact, long n, int sources, Effort size, BigDecimal days, Weights w) {
        double reach = reach(people, units);
        double harm = Math.max(0, Math.min(1, impact));
        double confidence = confidence(n, sources);
        double effort = effort(size, days);
        double score = 100
                * Math.pow(reach, w.reach())
                * Math.pow(harm, w.impact())
                * Math.pow(confidence, w.confidence())
                / Math.pow(effort, w.effort());
        return new Components(reach, harm, confidence, effort, Math.round(score * 10) / 10.0);
    }
}
