package dev.gemba.nlp;

/**
 * A topic of the taxonomy found in the text.
 *
 * @param topic the topic id, e.g. {@code network-connectivity}
 * @param confidence in [0, 1]
 * @param sentiment sentiment of the sentences that mention the topic (aspect sentiment)
 */
public record TopicScore(String topic, double confidence, Sentiment sentiment) {}
