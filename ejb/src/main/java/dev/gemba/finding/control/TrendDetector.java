package dev.gemba.finding.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds cells (a topic for a service or business unit) whose feedback volume or negative share rose
 * in the recent period against the cell's own baseline. The statistical guard, in order:
 * <ol>
 *   <li><b>minimum count</b>: a cell's volume is tested only with at least {@code minTotal} items
 *       in both periods together, its negative share only with at least {@code minTotal} negative
 *       items together. These totals are what each exact test conditions on, so the filter does not
 *       bias the p-values under the null hypothesis.
 *   <li><b>exact one-sided tests</b> ({@link SignalStatistics}): conditional binomial for counts,
 *       Fisher's exact test for shares.
 *   <li><b>Benjamini–Hochberg</b> over every test of the run (all cells, both tests), keeping the
 *       expected share of false suggestions at most {@code fdr}.
 *   <li><b>material effect</b>: the recent rate at least {@code minRateRatio} times the baseline
 *       rate, or the negative share up by at least {@code minShareRise} percentage points, with at
 *       least {@code minRecent} recent items.
 * </ol>
 * Stateless and thread-safe.
 */
public final class TrendDetector {

    /** The guard's thresholds. */
    public record Guard(long minTotal, long minRecent, double fdr, double minRateRatio, double minShareRise) {

        public static final Guard DEFAULT = new Guard(10, 5, 0.05, 1.5, 10);
    }

    /**
     * One cell's counts.
     *
     * @param key identifies the cell across runs, e.g. {@code service:12|topic:vpn}
     * @param recentDays length of the recent period, {@code baseDays} of the baseline before it
     */
    public record Cell(
            String key,
            Long serviceId,
            Long businessUnitId,
            String topic,
            long recentTotal,
            long recentNegative,
            long baseTotal,
            long baseNegative,
            double recentDays,
            double baseDays) {}

    public enum Measure {
        VOLUME,
        NEGATIVE_SHARE
    }

    /** A cell that passed the guard, with its p-value and BH-adjusted q-value. */
    public record Signal(Cell cell, Measure measure, double p, double q) {

        public String key() {
            return measure + "|" + cell.key();
        }
    }

    private final Guard guard;

    public TrendDetector(Guard guard) {
        this.guard = guard;
    }

    public List<Signal> detect(List<Cell> cells) {
        return FalseDiscovery.select(candidates(cells), guard.fdr()).stream()
                .map(TrendDetector::signal)
                .toList();
    }

    /** The cell (subject) of a discovery of {@link #candidates}, as a signal. */
    public static Signal signal(FalseDiscovery.Discovery d) {
        return new Signal((Cell) d.subject(), Measure.valueOf(d.measure()), d.p(), d.q());
    }

    /** The tests of the cells past the minimum count, for a run-wide Benjamini–Hochberg step. */
    public List<FalseDiscovery.Candidate> candidates(List<Cell> cells) {
        List<FalseDiscovery.Candidate> tests = new ArrayList<>();
        for (Cell c : cells) {
            if (c.recentTotal() + c.baseTotal() >= guard.minTotal()) {
                double share = c.recentDays() / (c.recentDays() + c.baseDays());
                tests.add(new FalseDiscovery.Candidate(
                        c,
                        Measure.VOLUME.name(),
                        SignalStatistics.binomialUpperTail(c.recentTotal(), c.recentTotal() + c.baseTotal(), share),
                        material(c, Measure.VOLUME)));
            }
            if (c.recentNegative() + c.baseNegative() >= guard.minTotal() && c.baseTotal() > 0) {
                tests.add(new FalseDiscovery.Candidate(
                        c,
                        Measure.NEGATIVE_SHARE.name(),
                        SignalStatistics.fisherGreater(
                                c.recentNegative(), c.recentTotal(), c.baseNegative(), c.baseTotal()),
                        material(c, Measure.NEGATIVE_SHARE)));
            }
        }
        return tests;
    }

    private boolean material(Cell c, Measure measure) {
        if (measure == Measure.VOLUME) {
            double recentRate = c.recentTotal() / c.recentDays();
            double baseRate = c.baseTotal() / c.baseDays();
            return c.recentTotal() >= guard.minRecent()
                    && (baseRate == 0 || recentRate >= guard.minRateRatio() * baseRate);
        }
        double now = 100.0 * c.recentNegative() / Math.max(1, c.recentTotal());
        double before = 100.0 * c.baseNegative() / Math.max(1, c.baseTotal());
        return c.recentNegative() >= guard.minRecent() && now - before >= guard.minShareRise();
    }
}
