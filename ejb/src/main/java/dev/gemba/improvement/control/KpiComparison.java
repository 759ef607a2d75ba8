package dev.gemba.improvement.control;

import dev.gemba.improvement.entity.KpiKind;

/**
 * Before against after: the difference (after minus before) with its 95% interval, and the verdict.
 * Shares (negative share, CSAT) use Newcombe's hybrid score interval built from the two Wilson
 * intervals; NPS and CES the normal interval of a difference of independent estimates; volume the
 * normal approximation of a difference of two Poisson counts over windows of equal length.
 */
public record KpiComparison(
        double before, double after, double difference, double lower, double upper, Verdict verdict) {

    static final double Z = 1.959963984540054;

    public static KpiComparison of(KpiSample before, KpiSample after, boolean higherIsBetter) {
        KpiKind kind = before.kind();
        if (kind == KpiKind.FEEDBACK_VOLUME ? before.n() + after.n() == 0 : before.n() == 0 || after.n() == 0) {
            return new KpiComparison(
                    before.value(), after.value(), Double.NaN, Double.NaN, Double.NaN, Verdict.NOT_YET_MEASURABLE);
        }
        double d = after.value() - before.value();
        double lower;
        double upper;
        switch (kind) {
            case NEGATIVE_SHARE, CSAT, AGREEMENT_COMPLIANCE -> {
                double[] w1 = wilson(before.a(), before.n());
                double[] w2 = wilson(after.a(), after.n());
                double p1 = before.value();
                double p2 = after.value();
                lower = d - Math.sqrt(Math.pow(p2 - w2[0], 2) + Math.pow(w1[1] - p1, 2));
                upper = d + Math.sqrt(Math.pow(w2[1] - p2, 2) + Math.pow(p1 - w1[0], 2));
            }
            case NPS, CES -> {
                double se = Math.sqrt(before.unitVariance() / before.n() + after.unitVariance() / after.n());
                lower = d - Z * se;
                upper = d + Z * se;
            }
            case FEEDBACK_VOLUME -> {
                double se = Math.sqrt(before.n() + after.n());
                lower = d - Z * se;
                upper = d + Z * se;
            }
            default -> throw new IllegalArgumentException(kind + " is not measured");
        }
        return new KpiComparison(before.value(), after.value(), d, lower, upper, verdict(lower, upper, higherIsBetter));
    }

    /** Values typed by hand: the difference without an interval; any move in a direction counts. */
    public static KpiComparison manual(double before, double after, boolean higherIsBetter) {
        double d = after - before;
        Verdict verdict =
                d == 0 ? Verdict.NO_DETECTABLE_CHANGE : (d > 0) == higherIsBetter ? Verdict.IMPROVED : Verdict.WORSE;
        return new KpiComparison(before, after, d, Double.NaN, Double.NaN, verdict);
    }

    static Verdict verdict(double lower, double upper, boolean higherIsBetter) {
        if (lower > 0) {
            return higherIsBetter ? Verdict.IMPROVED : Verdict.WORSE;
        }
        if (upper < 0) {
            return higherIsBetter ? Verdict.WORSE : Verdict.IMPROVED;
        }
        return Verdict.NO_DETECTABLE_CHANGE;
    }

    /** Wilson 95% interval of hits/n, in percent. */
    static double[] wilson(double hits, long n) {
        double p = hits / n;
        double z2 = Z * Z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new double[] {100 * Math.max(0, centre - half), 100 * Math.min(1, centre + half)};
    }
}
