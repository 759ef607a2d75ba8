package dev.gemba.finding.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import dev.gemba.finding.control.ChangeImpactDetector.ChangeCell;
import dev.gemba.finding.control.ChangeImpactDetector.Impact;
import dev.gemba.finding.control.TrendDetector.Guard;
import dev.gemba.finding.control.TrendDetector.Measure;
import org.junit.jupiter.api.Test;

/**
 * The change-impact detector on generated data: 300 changes, each for one service whose feedback
 * keeps its steady rate and negative share after the change (pure noise, 7 to 14 days after against
 * the 56 before), with and without one planted impact. Seeds are fixed.
 */
class ChangeImpactDetectorTest {

    private static final int CHANGES = 300;
    private static final Instant AT = Instant.parse("2026-03-03T09:00:00Z");

    private final ChangeImpactDetector detector = new ChangeImpactDetector(Guard.DEFAULT);

    @Test
    void findsAPlantedImpactAmongNoise() {
        int volume = 0;
        int share = 0;
        int either = 0;
        int runs = 20;
        for (long seed = 1; seed <= runs; seed++) {
            var random = new SplittableRandom(seed);
            List<ChangeCell> cells = noise(random);
            // 12 items a week, 25% negative, rise to 36 a week, 70% negative in the 7 days after
            cells.set(123, cell(9999, 12 / 7.0, 0.25, 36 / 7.0, 0.7, 7, random));
            List<Impact> found = detector.detect(cells);
            either += found.stream().anyMatch(i -> i.change().touchpointId() == 9999) ? 1 : 0;
            volume += found.stream().anyMatch(i -> i.change().touchpointId() == 9999 && i.measure() == Measure.VOLUME)
                    ? 1
                    : 0;
            share += found.stream()
                            .anyMatch(i -> i.change().touchpointId() == 9999 && i.measure() == Measure.NEGATIVE_SHARE)
                    ? 1
                    : 0;
        }
        System.out.printf(
                "ChangeImpactDetector: planted impact found in %d of %d runs (volume), %d of %d (negative share)%n",
                volume, runs, share, runs);
        assertTrue(either == runs, "found in " + either);
        assertTrue(volume >= runs - 1, "volume found in " + volume);
        assertTrue(share >= runs * 0.8, "share found in " + share);
    }

    /** Measured over 100 runs of 300 changes without impact (600 tests each at most). */
    @Test
    void suggestsAlmostNothingOnPureNoise() {
        int runs = 100;
        long falsePositives = 0;
        long runsWithAny = 0;
        for (long seed = 100; seed < 100 + runs; seed++) {
            var found = detector.detect(noise(new SplittableRandom(seed)));
            falsePositives += found.size();
            runsWithAny += found.isEmpty() ? 0 : 1;
        }
        double perChange = (double) falsePositives / (runs * (long) CHANGES);
        System.out.printf(
                "ChangeImpactDetector on noise: %d false suggestions in %d runs of %d changes (rate %.2e per change);"
                        + " %d runs with any%n",
                falsePositives, runs, CHANGES, perChange, runsWithAny);
        assertTrue(perChange < 1e-3, "false-positive rate per change " + perChange);
        assertTrue(runsWithAny <= runs * 0.1, runsWithAny + " runs suggested something");
    }

    private static List<ChangeCell> noise(SplittableRandom random) {
        List<ChangeCell> cells = new ArrayList<>();
        for (int i = 0; i < CHANGES; i++) {
            double rate = 0.1 * Math.pow(50, random.nextDouble());
            double share = 0.05 + 0.55 * random.nextDouble();
            int afterDays = 7 + random.nextInt(8);
            cells.add(cell(i, rate, share, rate, share, afterDays, random));
        }
        return cells;
    }

    private static ChangeCell cell(
            long id,
            double baseRate,
            double baseShare,
            double afterRate,
            double afterShare,
            int afterDays,
            SplittableRandom r) {
        long base = Samples.poisson(baseRate * ChangeImpactDetector.BASE_DAYS, r);
        long after = Samples.poisson(afterRate * afterDays, r);
        return new ChangeCell(
                id,
                id + 1000,
                AT,
                after,
                Samples.binomial(after, afterShare, r),
                afterDays,
                base,
                Samples.binomial(base, baseShare, r),
                ChangeImpactDetector.BASE_DAYS);
    }
}
