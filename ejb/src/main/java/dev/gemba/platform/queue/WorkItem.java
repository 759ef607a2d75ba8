package dev.gemba.platform.queue;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One unit of asynchronous work: what to do ({@code kind}) to which record ({@code subjectId}). */
@Entity
@Table(name = "work_item")
public class WorkItem {

    /** Ids each value of work_item_seq stands for (Hibernate's pooled optimizer; bulk inserts too). */
    public static final int ID_ALLOCATION = 50;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "work_item_seq")
    @SequenceGenerator(name = "work_item_seq", sequenceName = "work_item_seq", allocationSize = ID_ALLOCATION)
    private Long id;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private WorkStatus status = WorkStatus.READY;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "available_at", nullable = false)
    private Instant availableAt;

    @Column(name = "claimed_by", length = 80)
    private String claimedBy;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "last_error", length = 2000)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected WorkItem() {}

    public WorkItem(String kind, long subjectId) {
        this.kind = kind;
        this.subjectId = subjectId;
        this.createdAt = Instant.now();
        this.availableAt = createdAt;
    }

    /** Work that waits until a given time (a reminder on a date). */
    public WorkItem(String kind, long subjectId, Instant availableAt) {
        this(kind, subjectId);
        this.availableAt = availableAt;
    }

    public Long getId() {
        return id;
    }

    public String getKind() {
        return kind;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public WorkStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }

    void succeeded() {
        status = WorkStatus.DONE;
        lastError = null;
    }

    /** Back to the queue after a delay, or DEAD when no attempts are left. */
    void failed(String error, int maxAttempts, Instant retryAt) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 2000));
        status = attempts >= maxAttempts ? WorkStatus.DEAD : WorkStatus.READY;
        availableAt = retryAt;
        claimedBy = null;
    }

    void retryNow() {
        status = WorkStatus.READY;
        attempts = 0;
        availableAt = Instant.now();
        claimedBy = null;
    }
}
