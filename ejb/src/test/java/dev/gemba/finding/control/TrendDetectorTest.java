package dev.gemba.finding.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import dev.gemba.finding.control.TrendDetector.Cell;
import dev.gemba.finding.control.TrendDetector.Guard;
import dev.gemba.finding.control.TrendDetector.Measure;
import dev.gemba.finding.control.TrendDetector.Signal;
import org.junit.jupiter.api.Test;

/**
 * The detector on generated data: 500 services × 13 topics of pure noise (Poisson volumes at each
 * cell's own steady rate, a steady negative share), with and without one planted spike. Seeds are
 * fixed, so the measured rates are reproducible.
 */
class TrendDetectorTest {

    private static final int SERVICES = 500;
    private static final int TOPICS = 13;
    private static final double RECENT_DAYS = 7;
    private static final double BASE_DAYS = 56;

    private final TrendDetector detector = new TrendDetector(Guard.DEFAULT);

    @Test
    void findsAPlantedSpikeAmongNoise() {
        for (long seed = 1; seed <= 5; seed++) {
            var random = new SplittableRandom(seed);
            List<Cell> cells = noise(random);
            // a cell of 2 items a day, 20% negative, jumps to 6 a day, 70% negative
            cells.set(777, cell("planted", 2, 0.2, 6, 0.7, random));
            List<Signal> signals = detector.detect(cells);
            assertTrue(
                    signals.stream().anyMatch(s -> s.cell().key().equals("planted") && s.measure() == Measure.VOLUME),
                    "volume spike found, seed " + seed);
            assertTrue(
                    signals.stream()
                            .anyMatch(s -> s.cell().key().equals("planted") && s.measure() == Measure.NEGATIVE_SHARE),
                    "negative share spike found, seed " + seed);
        }
    }

    /**
     * Measured over 50 runs of 6,500 noise cells (up to 13,000 tests each): the false-positive rate
     * per cell is printed and must stay below 1 in 10,000; most runs suggest nothing at all.
     */
    @Test
    void suggestsAlmostNothingOnPureNoise() {
        int runs = 50;
        long falsePositives = 0;
        long runsWithAny = 0;
        for (long seed = 100; seed < 100 + runs; seed++) {
            List<Signal> signals = detector.detect(noise(new SplittableRandom(seed)));
            falsePositives += signals.size();
            runsWithAny += signals.isEmpty() ? 0 : 1;
        }
        double perCell = (double) falsePositives / (runs * (long) SERVICES * TOPICS);
        System.out.printf(
                "TrendDetector on noise: %d false suggestions in %d runs of %d cells (rate %.2e per cell);"
                        + " %d runs with any%n",
                falsePositives, runs, SERVICES * TOPICS, perCell, runsWithAny);
        assertTrue(perCell < 1e-4, "false-positive rate per cell " + perCell);
        assertTrue(runsWithAny <= runs * 0.1, runsWithAny + " runs suggested something");
    }

    @Test
    void cellsBelowTheMinimumCountAreNotTested() {
        // 0 items before, 9 now: a huge relative rise, but too few to say anything
        var cells = List.of(new Cell("tiny", null, null, "vpn", 9, 9, 0, 0, RECENT_DAYS, BASE_DAYS));
        assertEquals(List.of(), detector.detect(cells));
    }

    private static List<Cell> noise(SplittableRandom random) {
        List<Cell> cells = new ArrayList<>();
        for (int s = 0; s < SERVICES; s++) {
            for (int t = 0; t < TOPICS; t++) {
                // steady rates from 0.05 to 5 items a day, negative shares from 5% to 60%
                double rate = 0.05 * Math.pow(100, random.nextDouble());
                double share = 0.05 + 0.55 * random.nextDouble();
                cells.add(cell("s" + s + "|t" + t, rate, share, rate, share, random));
            }
        }
        return cells;
    }

    private static Cell cell(
            String key, double baseRate, double baseShare, double recentRate, double recentShare, SplittableRandom r) {
        long base = poisson(baseRate * BASE_DAYS, r);
        long recent = poisson(recentRate * RECENT_DAYS, r);
        return new Cell(
                key,
                null,
                null,
                "topic",
                recent,
                binomial(recent, recentShare, r),
                base,
                binomial(base, baseShare, r),
                RECENT_DAYS,
                BASE_DAYS);
    }

    private static long poisson(double mean, SplittableRandom r) {
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

    private static long binomial(long n, double p, SplittableRandom r) {
        long k = 0;
        for (long i = 0; i < n; i++) {
            k += r.nextDouble() < p ? 1 : 0;
        }
        return k;
    }

    private static double gaussian(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
