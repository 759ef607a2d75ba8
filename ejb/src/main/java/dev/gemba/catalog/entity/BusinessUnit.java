package dev.gemba.catalog.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.gemba.security.entity.UserAccount;

/** A customer of IT: a part of the business with a relationship manager and key contacts. */
@Entity
@Table(name = "business_unit")
public class BusinessUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "business_unit_seq")
    @SequenceGenerator(name = "business_unit_seq", sequenceName = "business_unit_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "name_key", nullable = false, length = 120)
    private String nameKey;

    @Column(length = 4000)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "relationship_manager_id")
    private UserAccount relationshipManager;

    @ElementCollection
    @CollectionTable(name = "business_unit_contact", joinColumns = @JoinColumn(name = "business_unit_id"))
    @OrderColumn(name = "position")
    private List<KeyContact> keyContacts = new ArrayList<>();

    @ManyToMany
    @JoinTable(
            name = "business_unit_service",
            joinColumns = @JoinColumn(name = "business_unit_id"),
            inverseJoinColumns = @JoinColumn(name = "service_id"))
    private Set<ItService> services = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected BusinessUnit() {}

    public BusinessUnit(String name) {
        rename(name);
    }

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
        if (createdAt == null) {
            createdAt = updatedAt;
        }
    }

    public final void rename(String newName) {
        this.name = newName.strip();
        this.nameKey = ItService.keyOf(newName);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public UserAccount getRelationshipManager() {
        return relationshipManager;
    }

    public void setRelationshipManager(UserAccount relationshipManager) {
        this.relationshipManager = relationshipManager;
    }

    public List<KeyContact> getKeyContacts() {
        return List.copyOf(keyContacts);
    }

    public void replaceKeyContacts(List<KeyContact> contacts) {
        keyContacts.clear();
        keyContacts.addAll(contacts);
    }

    public Set<ItService> getServices() {
        return Set.copyOf(services);
    }

    public void replaceServices(Set<ItService> consumed) {
        services.clear();
        services.addAll(consumed);
    }

    public long getVersion() {
        return version;
    }
}
