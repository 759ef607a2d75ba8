package dev.gemba.finding.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The last two steps of the detector's statistical guard, shared by every signal kind: the
 * Benjamini–Hochberg correction over <em>all</em> tests of one run (topic trends, score drops and
 * change impacts together), then the material-effect filter each kind decided for its candidate.
 * Stateless and thread-safe.
 */
public final class FalseDiscovery {

    /** One test of a run: what was tested, its one-sided p-value and whether the effect is material. */
    public record Candidate(Object subject, String measure, double p, boolean material) {}

    /** A candidate that passed: its p-value and its Benjamini–Hochberg q-value. */
    public record Discovery(Object subject, String measure, double p, double q) {}

    private FalseDiscovery() {}

    /** The material candidates whose q-value is at most {@code fdr}, most significant first. */
    public static List<Discovery> select(List<Candidate> candidates, double fdr) {
        double[] q = SignalStatistics.benjaminiHochberg(
                candidates.stream().mapToDouble(Candidate::p).toArray());
        List<Discovery> found = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            if (q[i] <= fdr && c.material()) {
                found.add(new Discovery(c.subject(), c.measure(), c.p(), q[i]));
            }
        }
        found.sort(Comparator.comparingDouble(Discovery::q));
        return found;
    }
}
