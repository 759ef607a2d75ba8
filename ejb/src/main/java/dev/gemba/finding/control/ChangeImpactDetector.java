package dev.gemba.finding.control;

import java.time.Instant;
import java.util.List;

import dev.gemba.finding.control.TrendDetector.Cell;
import dev.gemba.finding.control.TrendDetector.Guard;

/**
 * Finds the impact of a change: after a Transition-phase touchpoint for a service (a rollout,
 * release, change meeting or pilot), the service's feedback volume and negative share in the days
 * after it ({@value #MIN_AFTER_DAYS} to {@value #MAX_AFTER_DAYS}) against its steady state in the
 * {@value #BASE_DAYS} days before. The tests and thresholds are those of {@link TrendDetector}
 * (minimum count, conditional binomial test for the volume, Fisher's exact test for the negative
 * share, material rise), with the after-change window as the recent period; the Benjamini–Hochberg
 * step runs over all tests of the run. Stateless and thread-safe.
 */
public final class ChangeImpactDetector {

    public static final int MIN_AFTER_DAYS = 7;
    public static final int MAX_AFTER_DAYS = 14;
    public static final int BASE_DAYS = 56;

    /**
     * One change for one service: feedback counts from the change to {@code afterDays} later, and in
     * the {@code baseDays} before it.
     */
    public record ChangeCell(
            long touchpointId,
            long serviceId,
            Instant changedAt,
            long afterTotal,
            long afterNegative,
            double afterDays,
            long baseTotal,
            long baseNegative,
            double baseDays) {

        /** Identifies the signal across runs. */
        public String key() {
            return "change:" + touchpointId + "|service:" + serviceId;
        }

        Cell cell() {
            return new Cell(
                    key(),
                    serviceId,
                    null,
                    null,
                    afterTotal,
                    afterNegative,
                    baseTotal,
                    baseNegative,
                    afterDays,
                    baseDays);
        }
    }

    /** A change whose impact passed the guard. */
    public record Impact(ChangeCell change, TrendDetector.Measure measure, double p, double q) {}

    private final TrendDetector tests;
    private final Guard guard;

    public ChangeImpactDetector(Guard guard) {
        this.guard = guard;
        this.tests = new TrendDetector(guard);
    }

    /** The changes that passed the whole guard on their own (Benjamini–Hochberg over these only). */
    public List<Impact> detect(List<ChangeCell> changes) {
        return FalseDiscovery.select(candidates(changes), guard.fdr()).stream()
                .map(ChangeImpactDetector::impact)
                .toList();
    }

    /** The tests of every change, each candidate's subject the {@link ChangeCell}. */
    public List<FalseDiscovery.Candidate> candidates(List<ChangeCell> changes) {
        var byKey = new java.util.HashMap<String, ChangeCell>();
        changes.forEach(c -> byKey.put(c.key(), c));
        return tests.candidates(changes.stream().map(ChangeCell::cell).toList()).stream()
                .map(t -> new FalseDiscovery.Candidate(
                        byKey.get(((Cell) t.subject()).key()), t.measure(), t.p(), t.material()))
                .toList();
    }

    public static Impact impact(FalseDiscovery.Discovery d) {
        return new Impact((ChangeCell) d.subject(), TrendDetector.Measure.valueOf(d.measure()), d.p(), d.q());
    }
}
