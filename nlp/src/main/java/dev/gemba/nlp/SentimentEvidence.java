package dev.gemba.nlp;

/**
 * A token that pushed the sentiment, with its signed contribution after negation and
 * intensifiers, so that a UI can highlight it.
 *
 * @param start offset of the token in the original text
 * @param end offset just past the token
 * @param weight signed contribution: below zero pushed towards negative
 */
public record SentimentEvidence(String token, int start, int end, double weight) {}
