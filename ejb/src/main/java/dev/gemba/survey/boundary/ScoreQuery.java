package dev.gemba.survey.boundary;

import java.time.Instant;

/**
 * Which answers to score and how to cut them; every filter is optional.
 *
 * @param from inclusive
 * @param to exclusive
 */
public record ScoreQuery(
        ScoreDimension by, Instant from, Instant to, Long surveyId, Long serviceId, Long businessUnitId) {

    public ScoreQuery {
        by = by == null ? ScoreDimension.SURVEY : by;
    }
}
