package dev.gemba.finding.control;

import java.util.ArrayList;
import java.util.List;

import dev.gemba.finding.control.TrendDetector.Guard;

/**
 * Finds coverage gaps that matter: a service with at least one lifecycle phase in which IT has not
 * met the business for longer than the coverage threshold (no touchpoint of that phase for the
 * service in the last {@code staleDays} days, or none ever), whose customers are at the same time
 * markedly more negative than those of the other services. The guard, in order:
 * <ol>
 *   <li><b>gap first</b>: only services with a gap are tested; the gap comes from touchpoints, not
 *       from the feedback being tested, so choosing by it does not bias the test;
 *   <li><b>minimum count</b>: at least {@code minTotal} recent feedback items for the service (a
 *       margin the test conditions on);
 *   <li><b>exact one-sided test</b>: Fisher's exact test that the service's negative share in the
 *       recent period is higher than that of all other services' feedback in the same days;
 *   <li><b>Benjamini–Hochberg</b> over every test of the run, whatever its kind;
 *   <li><b>material effect</b>: at least {@code minRecent} recent negative items and the negative
 *       share at least {@code minShareRise} percentage points above the other services'.
 * </ol>
 * Stateless and thread-safe.
 */
public final class CoverageGapDetector {

    public static final String MEASURE = "NEGATIVE_SHARE";

    /**
     * One service with a coverage gap and its recent feedback.
     *
     * @param gapPhases the phases without a touchpoint in the last {@code staleDays} days, comma
     *     separated in lifecycle order (e.g. {@code STRATEGY,DESIGN}); empty when coverage is fine
     * @param othersTotal the other services' feedback in the same recent days, {@code othersNegative}
     *     of it negative
     */
    public record GapCell(
            long serviceId,
            String gapPhases,
            int staleDays,
            long recentTotal,
            long recentNegative,
            long othersTotal,
            long othersNegative) {

        /** Identifies the signal across runs; the phases may change without making it a new signal. */
        public String key() {
            return "coverage:service:" + serviceId;
        }

        public boolean hasGap() {
            return gapPhases != null && !gapPhases.isBlank();
        }
    }

    /** A service whose coverage gap passed the guard. */
    public record Gap(GapCell cell, double p, double q) {}

    private final Guard guard;

    public CoverageGapDetector(Guard guard) {
        this.guard = guard;
    }

    /** The gaps that passed the whole guard on their own (Benjamini–Hochberg over these only). */
    public List<Gap> detect(List<GapCell> cells) {
        return FalseDiscovery.select(candidates(cells), guard.fdr()).stream()
                .map(d -> new Gap((GapCell) d.subject(), d.p(), d.q()))
                .toList();
    }

    /** The tests of the services with a gap past the minimum count, each candidate's subject the cell. */
    public List<FalseDiscovery.Candidate> candidates(List<GapCell> cells) {
        List<FalseDiscovery.Candidate> tests = new ArrayList<>();
        for (GapCell c : cells) {
            if (!c.hasGap() || c.recentTotal() < guard.minTotal() || c.othersTotal() == 0) {
                continue;
            }
            double p = SignalStatistics.fisherGreater(
                    c.recentNegative(), c.recentTotal(), c.othersNegative(), c.othersTotal());
            tests.add(new FalseDiscovery.Candidate(c, MEASURE, p, material(c)));
        }
        return tests;
    }

    private boolean material(GapCell c) {
        double own = 100.0 * c.recentNegative() / c.recentTotal();
        double others = 100.0 * c.othersNegative() / c.othersTotal();
        return c.recentNegative() >= guard.minRecent() && own - others >= guard.minShareRise();
    }
}
