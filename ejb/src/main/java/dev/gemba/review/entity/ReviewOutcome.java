package dev.gemba.review.entity;

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

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * What the minutes of a review raised in another feature: a follow-up action, a finding or a
 * proposed improvement item, by its id there ({@code refId}); the record itself lives there.
 */
@Entity
@Table(name = "review_outcome")
public class ReviewOutcome {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_outcome_seq")
    @SequenceGenerator(name = "review_outcome_seq", sequenceName = "review_outcome_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_id")
    private ServiceReview review;

    @Column(name = "agenda_item_id")
    private Long agendaItemId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 12)
    private OutcomeKind kind;

    @Column(name = "ref_id", nullable = false)
    private long refId;

    @Column(nullable = false, length = 1000)
    private String text;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ReviewOutcome() {}

    public ReviewOutcome(
            ServiceReview review,
            Long agendaItemId,
            OutcomeKind kind,
            long refId,
            String text,
            String createdBy,
            Instant createdAt) {
        this.review = review;
        this.agendaItemId = agendaItemId;
        this.kind = kind;
        this.refId = refId;
        this.text = text;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public ServiceReview getReview() {
        return review;
    }

    public Long getAgendaItemId() {
        return agendaItemId;
    }

    public OutcomeKind getKind() {
        return kind;
    }

    public long getRefId() {
        return refId;
    }

    public String getText() {
        return text;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
