package dev.gemba.finding.boundary;

/**
 * A survey score (CSAT in percent, NPS from −100 to 100, CES as a mean) with its sample size and
 * 95% interval; value and bounds null when nobody answered.
 */
public record Estimate(long n, Double value, Double low, Double high) {

    public static Estimate empty() {
        return new Estimate(0, null, null, null);
    }
}
