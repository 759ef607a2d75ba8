package dev.gemba.feedback.insight;

import java.time.Instant;
import java.util.List;

import dev.gemba.analysis.entity.Sentiment;

/**
 * Feedback in aggregate for a period and scope. Sentiment counts use a person's correction where
 * there is one, else the model's label; only analysed items count.
 *
 * @param topTopics the most frequent topics, by volume
 * @param mostNegativeTopics topics with at least {@code minTopicVolume} items, by negative share
 */
public record Insights(
        Instant from,
        Instant to,
        Granularity granularity,
        long analysed,
        List<SentimentBucket> sentimentOverTime,
        List<TopicInsight> topTopics,
        List<TopicInsight> mostNegativeTopics,
        int minTopicVolume) {

    /** One period's sentiment counts; {@code start} is the bucket's first instant (UTC). */
    public record SentimentBucket(Instant start, long negative, long neutral, long positive, long mixed) {

        public long total() {
            return negative + neutral + positive + mixed;
        }
    }

    /** A topic's volume, how much of it is negative, and what customers said. */
    public record TopicInsight(
            String topic, long count, long negative, double negativeShare, List<Verbatim> verbatims) {}

    /** A representative comment, verbatim. */
    public record Verbatim(long feedbackId, String text, Sentiment sentiment, Double score, Instant receivedAt) {}
}
