package dev.gemba.finding.control;

import dev.gemba.finding.boundary.Change;
import dev.gemba.finding.boundary.Estimate;
import dev.gemba.finding.boundary.Proportion;

/**
 * The 95% intervals of a finding's impact figures. A share uses the Wilson score interval (sound
 * for small counts and near 0% or 100%); the change of a share between two independent periods
 * uses Newcombe's hybrid score interval (method 10 of Newcombe 1998), built from the two Wilson
 * intervals; NPS the normal approximation for a difference of two shares of one multinomial sample;
 * a mean score (CES) the normal interval of a mean. Stateless and thread-safe.
 */
public final class ImpactMath {

    /** The two-sided 97.5% quantile of the standard normal distribution. */
    public static final double Z = 1.959963984540054;

    private ImpactMath() {}

    /** {@code hits} of {@code n} as a percentage with its Wilson interval. */
    public static Proportion share(long hits, long n) {
        if (n <= 0) {
            return Proportion.empty();
        }
        double[] w = wilson(hits, n);
        return new Proportion(hits, n, 100 * (double) hits / n, 100 * w[0], 100 * w[1]);
    }

    /** The Wilson score interval {low, high} of a proportion, as fractions. */
    static double[] wilson(long hits, long n) {
        double p = (double) hits / n;
        double z2 = Z * Z;
        double centre = (p + z2 / (2.0 * n)) / (1 + z2 / n);
        double half = Z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    /** The change from {@code before} to {@code now} in percentage points, Newcombe's interval. */
    public static Change change(long hitsNow, long nNow, long hitsBefore, long nBefore) {
        if (nNow <= 0 || nBefore <= 0) {
            return Change.unknown();
        }
        double p1 = (double) hitsNow / nNow;
        double p2 = (double) hitsBefore / nBefore;
        double[] w1 = wilson(hitsNow, nNow);
        double[] w2 = wilson(hitsBefore, nBefore);
        double d = p1 - p2;
        double low = d - Math.sqrt(sq(p1 - w1[0]) + sq(w2[1] - p2));
        double high = d + Math.sqrt(sq(w1[1] - p1) + sq(p2 - w2[0]));
        return new Change(100 * d, 100 * low, 100 * high, low > 0 || high < 0);
    }

    /** Net promoter score (−100 to 100) from promoters and detractors among {@code n} answers. */
    public static Estimate nps(long promoters, long detractors, long n) {
        if (n <= 0) {
            return Estimate.empty();
        }
        double pro = (double) promoters / n;
        double det = (double) detractors / n;
        double value = pro - det;
        double se = Math.sqrt(Math.max(0, pro + det - value * value) / n);
        return new Estimate(
                n, 100 * value, Math.max(-100, 100 * (value - Z * se)), Math.min(100, 100 * (value + Z * se)));
    }

    /** Mean of scores bounded by [min, max] from their count, sum and sum of squares. */
    public static Estimate mean(long n, double sum, double sumOfSquares, int min, int max) {
        if (n <= 0) {
            return Estimate.empty();
        }
        double mean = sum / n;
        if (n == 1) {
            return new Estimate(n, mean, (double) min, (double) max);
        }
        double variance = Math.max(0, (sumOfSquares - n * mean * mean) / (n - 1));
        double half = Z * Math.sqrt(variance / n);
        return new Estimate(n, mean, Math.max(min, mean - half), Math.min(max, mean + half));
    }

    private static double sq(double x) {
        return x * x;
    }
}
