package dev.gemba.improvement.entity;

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

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One step of an improvement item's history: who moved it, when, from where to where and why. */
@Entity
@Immutable
@Table(name = "improvement_transition")
public class ImprovementTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "improvement_transition_seq")
    @SequenceGenerator(
            name = "improvement_transition_seq",
            sequenceName = "improvement_transition_seq",
            allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    private ImprovementItem item;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "from_status", length = 20)
    private ImprovementStatus from;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "to_status", nullable = false, length = 20)
    private ImprovementStatus to;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 20)
    private ClosureOutcome closure;

    @Column(nullable = false, length = 80)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(length = 2000)
    private String reason;

    protected ImprovementTransition() {}

    public ImprovementTransition(
            ImprovementItem item,
            ImprovementStatus from,
            ImprovementStatus to,
            ClosureOutcome closure,
            String actor,
            Instant occurredAt,
            String reason) {
        this.item = item;
        this.from = from;
        this.to = to;
        this.closure = closure;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public ImprovementItem getItem() {
        return item;
    }

    public ImprovementStatus getFrom() {
        return from;
    }

    public ImprovementStatus getTo() {
        return to;
    }

    public ClosureOutcome getClosure() {
        return closure;
    }

    public String getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getReason() {
        return reason;
    }
}
