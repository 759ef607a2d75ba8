package dev.gemba.analysis.entity;

/** Sentiment of a text as stored: MIXED when its sentences clearly disagree. */
public enum Sentiment {
    NEGATIVE,
    NEUTRAL,
    POSITIVE,
    MIXED
}
