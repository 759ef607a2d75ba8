package dev.gemba.servicelevel.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.gemba.catalog.entity.BusinessUnit;
import dev.gemba.catalog.entity.ItService;

/**
 * An agreement about one service: an SLA with a business unit (or with all when none is named) or
 * an OLA with an internal support group, holding its targets.
 */
@Entity
@Table(name = "service_agreement")
public class Agreement {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_agreement_seq")
    @SequenceGenerator(name = "service_agreement_seq", sequenceName = "service_agreement_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private AgreementKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "service_id")
    private ItService service;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "business_unit_id")
    private BusinessUnit businessUnit;

    @Column(name = "support_group", length = 120)
    private String supportGroup;

    @Column(length = 2000)
    private String notes;

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<AgreementTarget> targets = new ArrayList<>();

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Agreement() {}

    public Agreement(String createdBy) {
        this.createdBy = createdBy;
    }

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
        if (createdAt == null) {
            createdAt = updatedAt;
        }
    }

    /** Sets what the agreement is about and with whom; an SLA has no support group, an OLA no unit. */
    public void describe(
            String code,
            String name,
            AgreementKind kind,
            ItService service,
            BusinessUnit businessUnit,
            String supportGroup,
            String notes) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.service = service;
        this.businessUnit = kind == AgreementKind.SLA ? businessUnit : null;
        this.supportGroup = kind == AgreementKind.OLA ? supportGroup : null;
        this.notes = notes;
    }

    /** Adds a target at the end; its position follows the others. */
    public AgreementTarget addTarget(AgreementTarget target) {
        target.attach(this, targets.size());
        targets.add(target);
        return target;
    }

    /** Keeps only these targets, in this order (they must be this agreement's or new). */
    public void keepTargets(List<AgreementTarget> kept) {
        targets.clear();
        for (AgreementTarget t : kept) {
            t.attach(this, targets.size());
            targets.add(t);
        }
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public AgreementKind getKind() {
        return kind;
    }

    public ItService getService() {
        return service;
    }

    public BusinessUnit getBusinessUnit() {
        return businessUnit;
    }

    public String getSupportGroup() {
        return supportGroup;
    }

    public String getNotes() {
        return notes;
    }

    public List<AgreementTarget> getTargets() {
        return List.copyOf(targets);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
