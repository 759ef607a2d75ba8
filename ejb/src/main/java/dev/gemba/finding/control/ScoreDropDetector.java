package dev.gemba.finding.control;

import java.util.ArrayList;
import java.util.List;

import dev.gemba.finding.control.TrendDetector.Guard;

/**
 * Finds services and business units whose survey score fell in the recent period against their own
 * baseline. A score is tested as a share: CSAT as the share of satisfied responses (4 or 5), NPS as
 * the share of detractors (0 to 6); a fall in the score is a rise in the share of "bad" responses.
 * The guard: at least {@code minTotal} responses in both periods together and {@code minRecent}
 * recent ones (response counts, margins Fisher's test conditions on, so the filter does not bias it);
 * Fisher's exact one-sided test of the 2×2 table (bad or not × recent or baseline); the run-wide
 * Benjamini–Hochberg step ({@link FalseDiscovery}); and a material fall: the share of good responses
 * (CSAT) or the NPS down by at least {@code minShareRise} points. Stateless and thread-safe.
 */
public final class ScoreDropDetector {

    /** The score a cell counts. */
    public enum Score {
        /** bad = not satisfied (CSAT below 4) */
        CSAT,
        /** bad = detractor (NPS 0 to 6) */
        NPS
    }

    /**
     * One scope's responses with a score in the recent period and the baseline.
     *
     * @param recentBad responses that count against the score (unsatisfied, detractors)
     * @param recentGood responses that count for it (satisfied, promoters); for CSAT the rest
     */
    public record ScoreCell(
            String key,
            Long serviceId,
            Long businessUnitId,
            Score score,
            long recentTotal,
            long recentBad,
            long recentGood,
            long baseTotal,
            long baseBad,
            long baseGood) {

        /** The score in percent: satisfied share for CSAT, promoters minus detractors for NPS. */
        public double recentScore() {
            return value(recentTotal, recentBad, recentGood);
        }

        public double baseScore() {
            return value(baseTotal, baseBad, baseGood);
        }

        private double value(long total, long bad, long good) {
            if (total == 0) {
                return 0;
            }
            return score == Score.CSAT ? 100.0 * (total - bad) / total : 100.0 * (good - bad) / total;
        }
    }

    private final Guard guard;

    public ScoreDropDetector(Guard guard) {
        this.guard = guard;
    }

    /** The cells that passed the whole guard on their own (Benjamini–Hochberg over these cells only). */
    public List<FalseDiscovery.Discovery> detect(List<ScoreCell> cells) {
        return FalseDiscovery.select(candidates(cells), guard.fdr());
    }

    public List<FalseDiscovery.Candidate> candidates(List<ScoreCell> cells) {
        List<FalseDiscovery.Candidate> tests = new ArrayList<>();
        for (ScoreCell c : cells) {
            if (c.recentTotal() + c.baseTotal() < guard.minTotal()
                    || c.recentTotal() < guard.minRecent()
                    || c.baseTotal() == 0) {
                continue;
            }
            double p = SignalStatistics.fisherGreater(c.recentBad(), c.recentTotal(), c.baseBad(), c.baseTotal());
            boolean material = c.baseScore() - c.recentScore() >= guard.minShareRise();
            tests.add(new FalseDiscovery.Candidate(c, c.score().name(), p, material));
        }
        return tests;
    }
}
