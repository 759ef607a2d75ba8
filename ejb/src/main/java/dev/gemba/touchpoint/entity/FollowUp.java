package dev.gemba.touchpoint.entity;

import java.time.Instant;
import java.time.LocalDate;

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
import jakarta.persistence.PrePersist;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.gemba.catalog.entity.BusinessUnit;
import dev.gemba.feedback.entity.Feedback;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An action agreed at a touchpoint, or raised by a survey answer: what, who (a Gemba user) and by
 * when.
 */
@Entity
@Table(name = "follow_up")
public class FollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "follow_up_seq")
    @SequenceGenerator(name = "follow_up_seq", sequenceName = "follow_up_seq", allocationSize = 50)
    private Long id;

    /** Where the action was agreed; null for an action raised by a survey answer. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "touchpoint_id")
    private Touchpoint touchpoint;

    /** The survey answer (stored as feedback) that raised the action, if any. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "feedback_id")
    private Feedback feedback;

    /** The business unit of an action without a touchpoint. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "business_unit_id")
    private BusinessUnit businessUnit;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 1000)
    private String text;

    @Column(nullable = false, length = 80)
    private String owner;

    @Column(name = "due_date")
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private FollowUpStatus status = FollowUpStatus.OPEN;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected FollowUp() {}

    public FollowUp(Touchpoint touchpoint) {
        this.touchpoint = touchpoint;
    }

    /** An action raised by feedback (a low survey score with a comment) rather than a touchpoint. */
    public FollowUp(Feedback feedback, BusinessUnit businessUnit) {
        this.feedback = feedback;
        this.businessUnit = businessUnit;
    }

    /** When the action was agreed, if before it was stored (history, such as the demo's past meetings). */
    public void raisedAt(Instant when) {
        this.createdAt = when;
    }

    @PrePersist
    void created() {
        if (createdAt == null) {
            createdAt = Instant.now();
        }
    }

    /** Moves the action to a status; leaving OPEN stamps the closing time, reopening clears it. */
    public void changeStatus(FollowUpStatus newStatus, Instant now) {
        if (newStatus != status) {
            closedAt = newStatus == FollowUpStatus.OPEN ? null : now;
            status = newStatus;
        }
    }

    public Long getId() {
        return id;
    }

    public Touchpoint getTouchpoint() {
        return touchpoint;
    }

    public Feedback getFeedback() {
        return feedback;
    }

    /** The touchpoint's business unit, or the unit given for an action raised by feedback. */
    public BusinessUnit unit() {
        return touchpoint != null ? touchpoint.getBusinessUnit() : businessUnit;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public FollowUpStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public long getVersion() {
        return version;
    }
}
