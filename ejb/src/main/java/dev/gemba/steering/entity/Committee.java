package dev.gemba.steering.entity;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A steering committee: its members (Gemba users), its chair (a member), what it decides on
 * (services and business units, or everything) and how often it meets.
 */
@Entity
@Table(name = "committee")
public class Committee {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "committee_seq")
    @SequenceGenerator(name = "committee_seq", sequenceName = "committee_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, length = 80)
    private String chair;

    @Column(nullable = false)
    private boolean everything;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 12)
    private Cadence cadence;

    @ElementCollection
    @CollectionTable(name = "committee_member", joinColumns = @JoinColumn(name = "committee_id"))
    @Column(name = "username", length = 80)
    private Set<String> members = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "committee_service", joinColumns = @JoinColumn(name = "committee_id"))
    @Column(name = "service_id")
    private Set<Long> serviceIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "committee_business_unit", joinColumns = @JoinColumn(name = "committee_id"))
    @Column(name = "business_unit_id")
    private Set<Long> businessUnitIds = new LinkedHashSet<>();

    @Column(name = "created_by", nullable = false, length = 80, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Committee() {}

    public Committee(String createdBy, Instant createdAt) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Whether an item or finding with these services and units is the committee's business. */
    public boolean covers(Set<Long> services, Set<Long> units) {
        return everything
                || services.stream().anyMatch(serviceIds::contains)
                || units.stream().anyMatch(businessUnitIds::contains);
    }

    public boolean hasMember(String username) {
        return members.contains(username);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getChair() {
        return chair;
    }

    public void setChair(String chair) {
        this.chair = chair;
    }

    public boolean isEverything() {
        return everything;
    }

    public void setEverything(boolean everything) {
        this.everything = everything;
    }

    public Cadence getCadence() {
        return cadence;
    }

    public void setCadence(Cadence cadence) {
        this.cadence = cadence;
    }

    public Set<String> getMembers() {
        return members;
    }

    public Set<Long> getServiceIds() {
        return serviceIds;
    }

    public Set<Long> getBusinessUnitIds() {
        return businessUnitIds;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
