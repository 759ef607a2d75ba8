package dev.gemba.nlp;

/** Sentiment of a whole text: MIXED when its sentences clearly disagree. */
public enum DocumentSentiment {
    NEGATIVE,
    NEUTRAL,
    POSITIVE,
    MIXED
}
