package dev.gemba.feedback.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A topic the analysis found in a text, with its confidence and the sentiment around it. */
@Embeddable
public class TopicScore {

    @Column(nullable = false, length = 60)
    private String topic;

    @Column(nullable = false)
    private double confidence;

    @Column(length = 10)
    private String sentiment;

    protected TopicScore() {}

    public TopicScore(String topic, double confidence, String sentiment) {
        this.topic = topic;
        this.confidence = confidence;
        this.sentiment = sentiment;
    }

    public String getTopic() {
        return topic;
    }

    public double getConfidence() {
        return confidence;
    }

    public String getSentiment() {
        return sentiment;
    }
}
