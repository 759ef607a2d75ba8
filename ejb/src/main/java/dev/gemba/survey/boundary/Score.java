package dev.gemba.survey.boundary;

/**
 * A score with its sample size and 95% confidence interval; all null when nobody answered.
 *
 * @param n answers the score is based on
 */
public record Score(long n, Double value, Double low, Double high) {

    public static final Score EMPTY = new Score(0, null, null, null);
}
