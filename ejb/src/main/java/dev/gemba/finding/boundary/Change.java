package dev.gemba.finding.boundary;

/**
 * A difference of two shares in percentage points (now minus before) with its 95% Newcombe
 * interval; all null when either share has nothing to count. {@code significant} is true when the
 * interval excludes zero.
 */
public record Change(Double points, Double low, Double high, boolean significant) {

    public static Change unknown() {
        return new Change(null, null, null, false);
    }
}
