package dev.gemba.improvement.entity;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A finding linked to an improvement item as its justification. The finding is named by its id
 * only: findings are another feature, read through its boundary.
 */
@Entity
@IdClass(FindingLink.Key.class)
@Table(name = "improvement_finding")
public class FindingLink {

    /** The composite key: item and finding. */
    public record Key(Long itemId, Long findingId) implements Serializable {

        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "item_id")
    private Long itemId;

    @Id
    @Column(name = "finding_id")
    private Long findingId;

    @Column(name = "linked_by", nullable = false, length = 80)
    private String linkedBy;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    protected FindingLink() {}

    public FindingLink(long itemId, long findingId, String linkedBy, Instant linkedAt) {
        this.itemId = itemId;
        this.findingId = findingId;
        this.linkedBy = linkedBy;
        this.linkedAt = linkedAt;
    }

    public Long getItemId() {
        return itemId;
    }

    public Long getFindingId() {
        return findingId;
    }

    public String getLinkedBy() {
        return linkedBy;
    }

    public Instant getLinkedAt() {
        return linkedAt;
    }
}
