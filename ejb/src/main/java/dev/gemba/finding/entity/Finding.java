package dev.gemba.finding.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.gemba.catalog.entity.BusinessUnit;
import dev.gemba.catalog.entity.ItService;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A statement of fact about a service and/or business unit, backed by linked evidence and/or a
 * saved evidence query. Its impact figures are computed from that evidence whenever they are
 * read; a finding stores none of them, so nobody can type one.
 */
@Entity
@Table(name = "finding")
public class Finding {

    public static final int MAX_TITLE = 200;
    public static final int MAX_STATEMENT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "finding_seq")
    @SequenceGenerator(name = "finding_seq", sequenceName = "finding_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(nullable = false, length = MAX_STATEMENT)
    private String statement;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "service_id")
    private ItService service;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "business_unit_id")
    private BusinessUnit businessUnit;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 12)
    private FindingStatus status = FindingStatus.OPEN;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private FindingOrigin origin;

    @Column(name = "has_query", nullable = false)
    private boolean hasQuery;

    @Embedded
    private EvidenceQuery query;

    // a list of findings shows each one's count of links: one query per 50 findings, not one each
    @org.hibernate.annotations.BatchSize(size = 50)
    @OneToMany(mappedBy = "finding", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("linkedAt desc, id desc")
    private List<FindingEvidence> evidence = new ArrayList<>();

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false, length = 80)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Finding() {}

    public Finding(String title, String statement, FindingOrigin origin, String createdBy) {
        this.title = title;
        this.statement = statement;
        this.origin = origin;
        this.createdBy = createdBy;
        this.updatedBy = createdBy;
    }

    /** A finding raised at a given moment, e.g. the demo's story that started months ago. */
    public Finding(String title, String statement, FindingOrigin origin, String createdBy, Instant createdAt) {
        this(title, statement, origin, createdBy);
        this.createdAt = createdAt;
    }

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
        if (createdAt == null) {
            createdAt = updatedAt;
        }
    }

    /** Restates the finding; the caller is recorded as the last editor. */
    public void restate(
            String title,
            String statement,
            ItService service,
            BusinessUnit businessUnit,
            FindingStatus status,
            EvidenceQuery query,
            String by) {
        this.title = title;
        this.statement = statement;
        this.service = service;
        this.businessUnit = businessUnit;
        this.status = status;
        this.hasQuery = query != null;
        this.query = query;
        this.updatedBy = by;
    }

    /** Links one item of evidence; returns false when the same item is already linked. */
    public boolean link(FindingEvidence item) {
        if (evidence.stream().anyMatch(e -> e.sameItemAs(item))) {
            return false;
        }
        item.attachTo(this);
        evidence.add(item);
        return true;
    }

    public boolean unlink(long evidenceId) {
        return evidence.removeIf(e -> e.getId() != null && e.getId() == evidenceId);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getStatement() {
        return statement;
    }

    public ItService getService() {
        return service;
    }

    public BusinessUnit getBusinessUnit() {
        return businessUnit;
    }

    public FindingStatus getStatus() {
        return status;
    }

    public FindingOrigin getOrigin() {
        return origin;
    }

    /** The saved evidence query, or null when the evidence is the linked items only. */
    public EvidenceQuery getQuery() {
        return hasQuery ? query : null;
    }

    public List<FindingEvidence> getEvidence() {
        return evidence;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
