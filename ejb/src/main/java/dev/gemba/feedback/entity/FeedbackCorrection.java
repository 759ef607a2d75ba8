package dev.gemba.feedback.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import dev.gemba.analysis.entity.Sentiment;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One correction of a feedback item's labels by a person: the history, and training data. */
@Entity
@Table(name = "feedback_correction")
public class FeedbackCorrection {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_correction_seq")
    @SequenceGenerator(name = "feedback_correction_seq", sequenceName = "feedback_correction_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "feedback_id")
    private Feedback feedback;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 10)
    private Sentiment sentiment;

    @Column(length = 1000)
    private String topics;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "model_sentiment", length = 10)
    private Sentiment modelSentiment;

    @Column(name = "corrected_by", nullable = false, length = 80)
    private String correctedBy;

    @Column(name = "corrected_at", nullable = false)
    private Instant correctedAt;

    protected FeedbackCorrection() {}

    public FeedbackCorrection(Feedback feedback, Sentiment sentiment, String topics, String correctedBy) {
        this.feedback = feedback;
        this.sentiment = sentiment;
        this.topics = topics;
        this.modelSentiment = feedback.getSentiment();
        this.correctedBy = correctedBy;
        this.correctedAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public Feedback getFeedback() {
        return feedback;
    }

    public Sentiment getSentiment() {
        return sentiment;
    }

    public String getTopics() {
        return topics;
    }

    public Sentiment getModelSentiment() {
        return modelSentiment;
    }

    public String getCorrectedBy() {
        return correctedBy;
    }

    public Instant getCorrectedAt() {
        return correctedAt;
    }
}
