package dev.gemba.feedback.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.gemba.analysis.boundary.AnalysisResult;
import dev.gemba.analysis.entity.AnalysedTopic;
import dev.gemba.analysis.entity.AnalysisDetail;
import dev.gemba.analysis.entity.AnalysisDetailColumn;
import dev.gemba.analysis.entity.AnalysisStatus;
import dev.gemba.analysis.entity.Sentiment;
import dev.gemba.catalog.entity.BusinessUnit;
import dev.gemba.catalog.entity.ItService;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.java.Immutability;

/**
 * What a customer said to IT, verbatim, with where it came from. The model's analysis and a
 * person's correction are kept apart: the correction never overwrites what the model said.
 */
@Entity
@Table(name = "feedback")
public class Feedback {

    public static final int MAX_TEXT = 20_000;

    /** Ids each value of feedback_seq stands for (Hibernate's pooled optimizer; bulk imports too). */
    public static final int ID_ALLOCATION = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_seq")
    @SequenceGenerator(name = "feedback_seq", sequenceName = "feedback_seq", allocationSize = ID_ALLOCATION)
    private Long id;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Channel channel;

    @Column(name = "text", nullable = false, length = MAX_TEXT)
    private String text;

    @Column(name = "contact_name", length = 160)
    private String contactName;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "business_unit_id")
    private BusinessUnit businessUnit;

    @ManyToMany
    @JoinTable(
            name = "feedback_service",
            joinColumns = @JoinColumn(name = "feedback_id"),
            inverseJoinColumns = @JoinColumn(name = "service_id"))
    private Set<ItService> services = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "support_tier", length = 4)
    private SupportTier tier;

    @Column(name = "ticket_ref", length = 80)
    private String ticketRef;

    /** The sender's id for this item: the same external id twice is the same item. */
    @Column(name = "external_id", length = 120)
    private String externalId;

    /** For answers to a survey: which survey and the scores given, e.g. "IT services 2026 v2 · CSAT 2/5". */
    @Column(name = "survey_label", length = 200)
    private String surveyLabel;

    @ElementCollection
    @CollectionTable(name = "feedback_tag", joinColumns = @JoinColumn(name = "feedback_id"))
    @Column(name = "tag", length = 60, nullable = false)
    private Set<String> tags = new LinkedHashSet<>();

    @Column(name = "captured_by", nullable = false, length = 80)
    private String capturedBy;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "analysis_status", nullable = false, length = 10)
    private AnalysisStatus analysisStatus = AnalysisStatus.PENDING;

    @Column(name = "analysis_error", length = 2000)
    private String analysisError;

    @Column(length = 8)
    private String language;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 10)
    private Sentiment sentiment;

    @Column(name = "sentiment_score")
    private Double sentimentScore;

    @Column(name = "sentiment_confidence")
    private Double sentimentConfidence;

    @Column(name = "model_version", length = 255)
    private String modelVersion;

    @Column(name = "analysed_at")
    private Instant analysedAt;

    /** Sentences, key phrases, aspects and evidence as JSON, for display only. */
    @Convert(converter = AnalysisDetailColumn.class)
    @Mutability(Immutability.class) // a record: compared by value, never copied for dirty checks
    @Column(name = "analysis_detail", length = 200_000)
    private AnalysisDetail analysisDetail;

    @ElementCollection
    @CollectionTable(name = "feedback_topic", joinColumns = @JoinColumn(name = "feedback_id"))
    private List<AnalysedTopic> topics = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "corrected_sentiment", length = 10)
    private Sentiment correctedSentiment;

    /** The correction, else the model's label: computed by the database, for filtering. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "effective_sentiment", length = 10, insertable = false, updatable = false)
    private Sentiment effectiveSentiment;

    /** Topics as a person corrected them, comma-separated; null while uncorrected. */
    @Column(name = "corrected_topics", length = 1000)
    private String correctedTopics;

    /** Who gave the latest correction, and when; null while uncorrected. */
    @Column(name = "corrected_by", length = 80)
    private String correctedBy;

    @Column(name = "corrected_at")
    private Instant correctedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Feedback() {}

    public Feedback(Instant receivedAt, Channel channel, String text, String capturedBy) {
        this.receivedAt = receivedAt;
        this.channel = channel;
        this.text = text;
        this.capturedBy = capturedBy;
    }

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
        if (createdAt == null) {
            createdAt = updatedAt;
        }
    }

    /** Stores the model's analysis; clears an earlier failure. */
    public void analysed(AnalysisResult result) {
        this.language = result.language();
        this.sentiment = result.sentiment();
        this.sentimentScore = result.score();
        this.sentimentConfidence = result.confidence();
        this.modelVersion = result.modelVersion();
        this.topics.clear();
        this.topics.addAll(result.topics());
        this.analysisDetail = result.detail();
        this.analysisStatus = AnalysisStatus.ANALYSED;
        this.analysisError = null;
        this.analysedAt = Instant.now();
    }

    public void analysisFailed(String error) {
        this.analysisStatus = AnalysisStatus.FAILED;
        this.analysisError = error == null ? null : error.substring(0, Math.min(2000, error.length()));
    }

    public void analysisRequested() {
        this.analysisStatus = AnalysisStatus.PENDING;
        this.analysisError = null;
    }

    public void corrected(Sentiment sentiment, String topics, String by, Instant at) {
        this.correctedSentiment = sentiment;
        this.correctedTopics = topics;
        this.correctedBy = by;
        this.correctedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Channel getChannel() {
        return channel;
    }

    public String getText() {
        return text;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContact(String name, String email) {
        this.contactName = name;
        this.contactEmail = email;
    }

    public BusinessUnit getBusinessUnit() {
        return businessUnit;
    }

    public void setBusinessUnit(BusinessUnit businessUnit) {
        this.businessUnit = businessUnit;
    }

    public Set<ItService> getServices() {
        return Set.copyOf(services);
    }

    public void replaceServices(Set<ItService> consumed) {
        services.clear();
        services.addAll(consumed);
    }

    public SupportTier getTier() {
        return tier;
    }

    public void setTier(SupportTier tier) {
        this.tier = tier;
    }

    public String getTicketRef() {
        return ticketRef;
    }

    public void setTicketRef(String ticketRef) {
        this.ticketRef = ticketRef;
    }

    public String getExternalId() {
        return externalId;
    }

    public void setExternalId(String externalId) {
        this.externalId = externalId;
    }

    public String getSurveyLabel() {
        return surveyLabel;
    }

    public void setSurveyLabel(String surveyLabel) {
        this.surveyLabel = surveyLabel;
    }

    public Set<String> getTags() {
        return Set.copyOf(tags);
    }

    public void replaceTags(Set<String> newTags) {
        tags.clear();
        tags.addAll(newTags);
    }

    public String getCapturedBy() {
        return capturedBy;
    }

    public AnalysisStatus getAnalysisStatus() {
        return analysisStatus;
    }

    public String getAnalysisError() {
        return analysisError;
    }

    public String getLanguage() {
        return language;
    }

    public Sentiment getSentiment() {
        return sentiment;
    }

    public Double getSentimentScore() {
        return sentimentScore;
    }

    public Double getSentimentConfidence() {
        return sentimentConfidence;
    }

    public String getModelVersion() {
        return modelVersion;
    }

    public Instant getAnalysedAt() {
        return analysedAt;
    }

    public AnalysisDetail getAnalysisDetail() {
        return analysisDetail;
    }

    public List<AnalysedTopic> getTopics() {
        return List.copyOf(topics);
    }

    public Sentiment getCorrectedSentiment() {
        return correctedSentiment;
    }

    public String getCorrectedTopics() {
        return correctedTopics;
    }

    public String getCorrectedBy() {
        return correctedBy;
    }

    public Instant getCorrectedAt() {
        return correctedAt;
    }

    public long getVersion() {
        return version;
    }
}
