package dev.gemba.touchpoint.entity;

import java.time.Instant;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import dev.gemba.analysis.boundary.AnalysisResult;
import dev.gemba.analysis.entity.AnalysedTopic;
import dev.gemba.analysis.entity.AnalysisStatus;
import dev.gemba.analysis.entity.Sentiment;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What the text analysis made of a touchpoint's notes (or its summary when it has no notes). */
@Embeddable
public class NotesAnalysis {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "notes_analysis_status", length = 10)
    private AnalysisStatus status;

    @Column(name = "notes_language", length = 8)
    private String language;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "notes_sentiment", length = 10)
    private Sentiment sentiment;

    @Column(name = "notes_sentiment_score")
    private Double score;

    /** Comma-separated topic ids, most confident first. */
    @Column(name = "notes_topics", length = 1000)
    private String topics;

    /** Key phrases separated by "; ". */
    @Column(name = "notes_key_phrases", length = 2000)
    private String keyPhrases;

    @Column(name = "notes_model_version", length = 255)
    private String modelVersion;

    @Column(name = "notes_analysed_at")
    private Instant analysedAt;

    @Column(name = "notes_analysis_error", length = 2000)
    private String error;

    public void requested() {
        status = AnalysisStatus.PENDING;
        error = null;
    }

    /** Keeps the sentiment, the topics and the ten most salient key phrases. */
    public void analysed(AnalysisResult result) {
        this.language = result.language();
        this.sentiment = result.sentiment();
        this.score = result.score();
        this.topics =
                clip(result.topics().stream().map(AnalysedTopic::getTopic).collect(Collectors.joining(",")), 1000);
        this.keyPhrases = clip(result.keyPhrases().stream().limit(10).collect(Collectors.joining("; ")), 2000);
        this.modelVersion = result.modelVersion();
        this.analysedAt = Instant.now();
        this.status = AnalysisStatus.ANALYSED;
        this.error = null;
    }

    public void failed(String reason) {
        status = AnalysisStatus.FAILED;
        error = clip(reason, 2000);
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public AnalysisStatus getStatus() {
        return status;
    }

    public String getLanguage() {
        return language;
    }

    public Sentiment getSentiment() {
        return sentiment;
    }

    public Double getScore() {
        return score;
    }

    public String getTopics() {
        return topics;
    }

    public String getKeyPhrases() {
        return keyPhrases;
    }

    public String getModelVersion() {
        return modelVersion;
    }

    public String getError() {
        return error;
    }
}
