package dev.gemba.finding.control;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The significance tests of the suggestion detector, all exact and one-sided (we look for rises):
 * a rise in <em>volume</em> is the conditional binomial test of two Poisson counts (given the total,
 * the recent count is binomial with the recent period's share of the time); a rise in
 * <em>negative share</em> is Fisher's exact test of the 2×2 table (negative or not × recent or
 * baseline). Testing many cells at once is corrected by Benjamini–Hochberg. Stateless, thread-safe.
 */
public final class SignalStatistics {

    private SignalStatistics() {}

    /** P(X ≥ k) for X ~ Binomial(n, p). */
    public static double binomialUpperTail(long k, long n, double p) {
        if (k <= 0) {
            return 1;
        }
        if (k > n) {
            return 0;
        }
        if (p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return 1;
        }
        double logP = Math.log(p);
        double logQ = Math.log1p(-p);
        double sum = 0;
        double first = logChoose(n, k) + k * logP + (n - k) * logQ;
        // terms fall once past the mode; stop when they no longer change the sum
        for (long i = k; i <= n; i++) {
            double term = Math.exp(logChoose(n, i) + i * logP + (n - i) * logQ - first);
            sum += term;
            if (i > n * p && term < 1e-17 * sum) {
                break;
            }
        }
        return Math.min(1, Math.exp(first) * sum);
    }

    /**
     * One-sided p-value that the recent period's share of negatives is higher than the baseline's:
     * P(X ≥ recentNegative) for X hypergeometric given all four margins (Fisher's exact test).
     */
    public static double fisherGreater(long recentNegative, long recentTotal, long baseNegative, long baseTotal) {
        long n = recentTotal + baseTotal;
        long negatives = recentNegative + baseNegative;
        long max = Math.min(negatives, recentTotal);
        double sum = 0;
        double first = logHypergeometric(recentNegative, n, negatives, recentTotal);
        for (long x = recentNegative; x <= max; x++) {
            double term = Math.exp(logHypergeometric(x, n, negatives, recentTotal) - first);
            sum += term;
            if (term < 1e-17 * sum) {
                break;
            }
        }
        return Math.min(1, Math.exp(first) * sum);
    }

    /** Benjamini–Hochberg adjusted p-values (q-values), in the order of {@code p}. */
    public static double[] benjaminiHochberg(double[] p) {
        int m = p.length;
        Integer[] order = IntStream.range(0, m).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        double[] q = new double[m];
        double running = 1;
        for (int rank = m; rank >= 1; rank--) {
            int i = order[rank - 1];
            running = Math.min(running, p[i] * m / rank);
            q[i] = running;
        }
        return q;
    }

    private static double logHypergeometric(long x, long n, long successes, long draws) {
        return logChoose(successes, x) + logChoose(n - successes, draws - x) - logChoose(n, draws);
    }

    static double logChoose(long n, long k) {
        if (k < 0 || k > n) {
            return Double.NEGATIVE_INFINITY;
        }
        return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
    }

    private static final double[] SMALL = new double[256];

    static {
        for (int i = 1; i < SMALL.length; i++) {
            SMALL[i] = SMALL[i - 1] + Math.log(i);
        }
    }

    /** ln(n!): exact sums below 256, Stirling's series (error below 1e-15) above. */
    static double logFactorial(long n) {
        if (n < SMALL.length) {
            return SMALL[(int) n];
        }
        double x = n + 1.0;
        return (x - 0.5) * Math.log(x)
                - x
                + 0.5 * Math.log(2 * Math.PI)
                + 1 / (12 * x)
                - 1 / (360 * x * x * x)
                + 1 / (1260 * Math.pow(x, 5));
    }
}
