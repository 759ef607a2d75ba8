package dev.gemba.finding.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import dev.gemba.finding.control.ScoreDropDetector.Score;
import dev.gemba.finding.control.ScoreDropDetector.ScoreCell;
import dev.gemba.finding.control.TrendDetector.Guard;
import org.junit.jupiter.api.Test;

/**
 * The score-drop detector on generated data: 500 services × 2 scores (CSAT, NPS) of pure noise
 * (Poisson response counts at each scope's own steady rate, steady answer shares over the last 7
 * days and the 56 before), with and without one planted fall. Seeds are fixed.
 */
class ScoreDropDetectorTest {

    private static final int SCOPES = 500;

    private final ScoreDropDetector detector = new ScoreDropDetector(Guard.DEFAULT);

    @Test
    void findsAPlantedCsatFallAmongNoise() {
        int found = 0;
        for (long seed = 1; seed <= 20; seed++) {
            var random = new SplittableRandom(seed);
            List<ScoreCell> cells = noise(random);
            // 6 responses a day, 85% satisfied, falls to 45% satisfied (5 a day to 50%: 13 of 20 runs)
            cells.set(333, cell("planted", Score.CSAT, 6, 0.15, 0, 0.55, 0, random));
            if (detector.detect(cells).stream()
                    .anyMatch(d -> ((ScoreCell) d.subject()).key().equals("planted"))) {
                found++;
            }
        }
        System.out.printf("ScoreDropDetector: planted CSAT fall found in %d of 20 runs%n", found);
        // the exact test at a 5% false discovery rate over 1,000 tests has about 85% power here
        assertTrue(found >= 16, "found in " + found + " of 20 runs");
    }

    @Test
    void findsAPlantedNpsFall() {
        var random = new SplittableRandom(7);
        List<ScoreCell> cells = noise(random);
        // NPS +40 (50% promoters, 10% detractors) falls to -25 (20% promoters, 45% detractors)
        cells.set(42, cell("nps", Score.NPS, 6, 0.10, 0.50, 0.45, 0.20, random));
        var found = detector.detect(cells);
        assertTrue(found.stream().anyMatch(d -> ((ScoreCell) d.subject()).key().equals("nps")), found.toString());
    }

    /** Measured over 100 runs of 1,000 noise cells: the false-positive rate per cell is printed. */
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
        double perCell = (double) falsePositives / (runs * (long) SCOPES * 2);
        System.out.printf(
                "ScoreDropDetector on noise: %d false suggestions in %d runs of %d cells (rate %.2e per cell);"
                        + " %d runs with any%n",
                falsePositives, runs, SCOPES * 2, perCell, runsWithAny);
        assertTrue(perCell < 1e-4, "false-positive rate per cell " + perCell);
        assertTrue(runsWithAny <= runs * 0.1, runsWithAny + " runs suggested something");
    }

    @Test
    void aFallOnTooFewResponsesIsNotTested() {
        // everyone satisfied before, nobody now: but only 4 recent responses
        var cells = List.of(new ScoreCell("tiny", 1L, null, Score.CSAT, 4, 4, 0, 30, 0, 30));
        assertEquals(List.of(), detector.detect(cells));
    }

    private static List<ScoreCell> noise(SplittableRandom random) {
        List<ScoreCell> cells = new ArrayList<>();
        for (int s = 0; s < SCOPES; s++) {
            // 0.1 to 10 responses a day
            double rate = 0.1 * Math.pow(100, random.nextDouble());
            double bad = 0.05 + 0.45 * random.nextDouble();
            cells.add(cell("csat" + s, Score.CSAT, rate, bad, 0, bad, 0, random));
            double detractors = 0.05 + 0.35 * random.nextDouble();
            double promoters = (1 - detractors) * random.nextDouble();
            cells.add(cell("nps" + s, Score.NPS, rate, detractors, promoters, detractors, promoters, random));
        }
        return cells;
    }

    private static ScoreCell cell(
            String key,
            Score score,
            double rate,
            double baseBad,
            double baseGood,
            double recentBad,
            double recentGood,
            SplittableRandom r) {
        long base = Samples.poisson(rate * 56, r);
        long recent = Samples.poisson(rate * 7, r);
        long[] b = Samples.split(base, baseBad, baseGood, r);
        long[] n = Samples.split(recent, recentBad, recentGood, r);
        return new ScoreCell(key, 1L, null, score, recent, n[0], n[1], base, b[0], b[1]);
    }
}
