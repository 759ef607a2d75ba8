package dev.gemba.survey.boundary;

/**
 * Scores for one value of a dimension.
 *
 * @param key the dimension's value (an id, a name or yyyy-MM); "none" where it is not known
 * @param csat share of satisfied answers (4 or 5 of 5), percent
 * @param nps promoters minus detractors, −100 to 100
 * @param ces mean effort score, 1–7 (higher is easier)
 * @param responseRate answered among invited (responses imported from elsewhere have no invitation)
 */
public record ScoreRow(
        String key,
        String label,
        long responses,
        Score csat,
        Score nps,
        Score ces,
        long invited,
        long answered,
        Score responseRate) {}
