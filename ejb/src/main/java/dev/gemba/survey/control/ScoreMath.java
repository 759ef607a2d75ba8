package dev.gemba.survey.control;

import dev.gemba.survey.boundary.Score;

/**
 * Scores with 95% confidence intervals, so that a small sample is visibly uncertain. Shares use
 * the Wilson interval (sound near 0% and 100% and for small n); NPS uses the normal approximation
 * of the difference of two shares of one multinomial sample; CES the normal interval of a mean.
 */
public final class ScoreMath {

    static final double Z = 1.959963984540054;

    private ScoreMath() {}

    /** Percentage of {@code hits} in {@code n}, e.g. CSAT's share of 4s and 5s. */
    public static Score share(long hits, long n) {
        if (n == 0) {
            return Score.EMPTY;
        }
        double p = (double) hits / n;
        double z2 = Z * Z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
        return new Score(n, 100 * p, 100 * Math.max(0, centre - half), 100 * Math.min(1, centre + half));
    }

    /** Net promoter score, −100 to 100. */
    public static Score nps(long promoters, long detractors, long n) {
        if (n == 0) {
            return Score.EMPTY;
        }
        double pro = (double) promoters / n;
        double det = (double) detractors / n;
        double value = pro - det;
        double se = Math.sqrt(Math.max(0, pro + det - value * value) / n);
        return new Score(n, 100 * value, Math.max(-100, 100 * (value - Z * se)), Math.min(100, 100 * (value + Z * se)));
    }

    /** Mean of scores in [min, max] from their count, sum and sum of squares. */
    public static Score mean(long n, double sum, double sumOfSquares, int min, int max) {
        if (n == 0) {
            return Score.EMPTY;
        }
        double mean = sum / n;
        if (n == 1) {
            return new Score(n, mean, (double) min, (double) max);
        }
        double variance = Math.max(0, (sumOfSquares - n * mean * mean) / (n - 1));
        double half = Z * Math.sqrt(variance / n);
        return new Score(n, mean, Math.max(min, mean - half), Math.min(max, mean + half));
    }
}
