package dev.gemba.finding.control;

import java.util.SplittableRandom;

/** Random counts for the detector tests. */
final class Samples {

    private Samples() {}

    static long poisson(double mean, SplittableRandom r) {
        if (mean > 50) {
            return Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian(r)));
        }
        double limit = Math.exp(-mean);
        double product = r.nextDouble();
        long k = 0;
        while (product > limit) {
            product *= r.nextDouble();
            k++;
        }
        return k;
    }

    static long binomial(long n, double p, SplittableRandom r) {
        long k = 0;
        for (long i = 0; i < n; i++) {
            k += r.nextDouble() < p ? 1 : 0;
        }
        return k;
    }

    /** {@code n} items split into {bad, good, neither} with these probabilities of the first two. */
    static long[] split(long n, double bad, double good, SplittableRandom r) {
        long[] counts = new long[2];
        for (long i = 0; i < n; i++) {
            double u = r.nextDouble();
            if (u < bad) {
                counts[0]++;
            } else if (u < bad + good) {
                counts[1]++;
            }
        }
        return counts;
    }

    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
