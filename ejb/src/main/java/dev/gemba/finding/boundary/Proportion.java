package dev.gemba.finding.boundary;

/**
 * A share in percent with its 95% Wilson interval; value and bounds null when nothing was counted.
 *
 * @param hits items counted in the share (e.g. negative feedback)
 * @param n items the share is taken of
 */
public record Proportion(long hits, long n, Double percent, Double low, Double high) {

    public static Proportion empty() {
        return new Proportion(0, 0, null, null, null);
    }
}
