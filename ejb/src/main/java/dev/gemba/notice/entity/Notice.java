package dev.gemba.notice.entity;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A public note on one status change of an improvement item (title, what changed, when), written
 * once per change: the change's id is unique, so a retried or repeated announcement adds nothing.
 * Item and change are referenced by id; the note keeps the words it was sent with.
 */
@Entity
@Table(name = "improvement_notice")
public class Notice {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "improvement_notice_seq")
    @SequenceGenerator(name = "improvement_notice_seq", sequenceName = "improvement_notice_seq", allocationSize = 50)
    private Long id;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "transition_id", nullable = false, unique = true)
    private long transitionId;

    @Column(name = "item_number", nullable = false, length = 20)
    private String itemNumber;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "from_status", length = 20)
    private String fromStatus;

    @Column(name = "to_status", nullable = false, length = 20)
    private String toStatus;

    @Column(length = 20)
    private String closure;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "announced_by", nullable = false, length = 80)
    private String announcedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Voices (evidence items, anonymous ones included) per business unit id. */
    @ElementCollection
    @CollectionTable(name = "improvement_notice_unit", joinColumns = @JoinColumn(name = "notice_id"))
    @MapKeyColumn(name = "business_unit_id")
    @Column(name = "voices", nullable = false)
    private Map<Long, Integer> voices = new HashMap<>();

    protected Notice() {}

    public Notice(
            long itemId,
            long transitionId,
            String itemNumber,
            String title,
            String fromStatus,
            String toStatus,
            String closure,
            Instant changedAt,
            String announcedBy,
            Instant createdAt) {
        this.itemId = itemId;
        this.transitionId = transitionId;
        this.itemNumber = itemNumber;
        this.title = title;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.closure = closure;
        this.changedAt = changedAt;
        this.announcedBy = announcedBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public long getItemId() {
        return itemId;
    }

    public long getTransitionId() {
        return transitionId;
    }

    public String getItemNumber() {
        return itemNumber;
    }

    public String getTitle() {
        return title;
    }

    public String getFromStatus() {
        return fromStatus;
    }

    public String getToStatus() {
        return toStatus;
    }

    public String getClosure() {
        return closure;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getAnnouncedBy() {
        return announcedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Map<Long, Integer> getVoices() {
        return voices;
    }
}
