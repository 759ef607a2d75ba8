package dev.gemba.analysis.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A topic the analysis found in a text, with its confidence and the sentiment around it. Immutable. */
@Embeddable
public class AnalysedTopic {

    @Column(nullable = false, length = 60)
    private String topic;

    @Column(nullable = false)
    private double confidence;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 10)
    private Sentiment sentiment;

    protected AnalysedTopic() {}

    public AnalysedTopic(String topic, double confidence, Sentiment sentiment) {
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

    public Sentiment getSentiment() {
        return sentiment;
    }
}
