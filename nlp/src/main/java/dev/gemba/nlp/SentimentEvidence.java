package dev.gemba.nlp;

/**
 * A content word or phrase that pushed the sentiment the way of the reported label (for a MIXED
 * text, of its own clause), with its signed contribution, so that a UI can highlight it.
 *
 * @param token the text at {@code start}…{@code end}, e.g. "helpful", "doesn't boot", "na toll"
 * @param start offset of the word or phrase in the original text
 * @param end offset just past it
 * @param weight signed contribution to the log-odds of positive against negative: below zero
 *     pushed towards negative
 * @param kind what the evidence is: a word, a negated phrase or a sarcasm cue
 */
public record SentimentEvidence(String token, int start, int end, double weight, Kind kind) {

    /** What a piece of evidence is. */
    public enum Kind {
        /** a polar word, or one the model learned ("crashes", "friendly") */
        WORD,
        /** a negator with the word it turns ("doesn't boot", "nicht hilfreich", "couldn't find") */
        NEGATED,
        /** a sarcasm marker ("na toll") or praise it turns into blame ("super Arbeit") */
        SARCASM
    }

    /** A plain word. */
    public SentimentEvidence(String token, int start, int end, double weight) {
        this(token, start, end, weight, Kind.WORD);
    }
}
