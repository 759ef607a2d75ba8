package dev.gemba.nlp;

/**
 * Sentiment of one sentence (MIXED when its clauses clearly disagree: "The agent was great but the
 * laptop still doesn't boot."), or of a topic or key phrase (from the clauses that mention it).
 */
public enum Sentiment {
    NEGATIVE,
    NEUTRAL,
    POSITIVE,
    MIXED;

    /** The label for a score in [-1, 1] with a symmetric neutral band; never MIXED. */
    public static Sentiment of(double score, double neutralBand) {
        return score > neutralBand ? POSITIVE : score < -neutralBand ? NEGATIVE : NEUTRAL;
    }
}
