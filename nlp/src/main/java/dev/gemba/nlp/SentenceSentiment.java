package dev.gemba.nlp;

/**
 * One sentence of the analysed text and its sentiment.
 *
 * @param start offset of the sentence's first character in the original text
 * @param end offset just past its last character
 * @param label the sentence's sentiment
 * @param score polarity in [-1, 1]
 * @param confidence how sure the analyser is of the label, in [0, 1]
 */
public record SentenceSentiment(int start, int end, Sentiment label, double score, double confidence) {}
