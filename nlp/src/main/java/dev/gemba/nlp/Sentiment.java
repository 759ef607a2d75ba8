package dev.gemba.nlp;

/** Sentiment of one sentence (or of a topic or phrase, from the sentences that mention it). */
public enum Sentiment {
    NEGATIVE,
    NEUTRAL,
    POSITIVE;

    /** The label for a score in [-1, 1] with a symmetric neutral band. */
    public static Sentiment of(double score, double neutralBand) {
        return score > neutralBand ? POSITIVE : score < -neutralBand ? NEGATIVE : NEUTRAL;
    }
}
