package dev.gemba.touchpoint.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.gemba.catalog.entity.BusinessUnit;
import dev.gemba.catalog.entity.ItService;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A moment when IT met the business: when, in which lifecycle phase and of which type, about
 * which services, with whom, what was said and captured, and what must follow.
 */
@Entity
@Table(name = "touchpoint")
public class Touchpoint {

    public static final int MAX_NOTES = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "touchpoint_seq")
    @SequenceGenerator(name = "touchpoint_seq", sequenceName = "touchpoint_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 12)
    private LifecyclePhase phase;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "type_id")
    private TouchpointType type;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "business_unit_id")
    private BusinessUnit businessUnit;

    @ManyToMany
    @JoinTable(
            name = "touchpoint_service",
            joinColumns = @JoinColumn(name = "touchpoint_id"),
            inverseJoinColumns = @JoinColumn(name = "service_id"))
    private Set<ItService> services = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 12)
    private TouchpointChannel channel;

    @Column(nullable = false, length = 500)
    private String summary;

    @Column(length = MAX_NOTES)
    private String notes;

    @Column(length = 4000)
    private String outcomes;

    @ElementCollection
    @CollectionTable(name = "touchpoint_participant", joinColumns = @JoinColumn(name = "touchpoint_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", nullable = false, length = 160)
    private List<String> itParticipants = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "touchpoint_contact", joinColumns = @JoinColumn(name = "touchpoint_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", nullable = false, length = 160)
    private List<String> businessContacts = new ArrayList<>();

    @ManyToMany
    @JoinTable(
            name = "touchpoint_information",
            joinColumns = @JoinColumn(name = "touchpoint_id"),
            inverseJoinColumns = @JoinColumn(name = "information_item_id"))
    private Set<InformationItem> informationCaptured = new LinkedHashSet<>();

    /** Bit i is set when the information item at position i of the phase was captured. */
    @Column(name = "information_mask", nullable = false)
    private long informationMask;

    @OneToMany(mappedBy = "touchpoint", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<FollowUp> followUps = new ArrayList<>();

    /** Written by the background analysis: not a change by someone else for optimistic locking. */
    @jakarta.persistence.Embedded
    @org.hibernate.annotations.OptimisticLock(excluded = true)
    private NotesAnalysis notesAnalysis = new NotesAnalysis();

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

    protected Touchpoint() {}

    public Touchpoint(String createdBy, Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now;
        changedBy(createdBy, now);
    }

    /** Records who changed the touchpoint; audit columns are set by the service, not by a listener, to know the caller. */
    public final void changedBy(String username, Instant now) {
        this.updatedBy = username;
        this.updatedAt = now;
    }

    public void classify(LifecyclePhase phase, TouchpointType type) {
        this.phase = phase;
        this.type = type;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(Instant occurredAt) {
        this.occurredAt = occurredAt;
    }

    public LifecyclePhase getPhase() {
        return phase;
    }

    public TouchpointType getType() {
        return type;
    }

    public BusinessUnit getBusinessUnit() {
        return businessUnit;
    }

    public void setBusinessUnit(BusinessUnit businessUnit) {
        this.businessUnit = businessUnit;
    }

    public Set<ItService> getServices() {
        return Set.copyOf(services);
    }

    public void replaceServices(Set<ItService> about) {
        services.clear();
        services.addAll(about);
    }

    public TouchpointChannel getChannel() {
        return channel;
    }

    public void setChannel(TouchpointChannel channel) {
        this.channel = channel;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getOutcomes() {
        return outcomes;
    }

    public void setOutcomes(String outcomes) {
        this.outcomes = outcomes;
    }

    public List<String> getItParticipants() {
        return List.copyOf(itParticipants);
    }

    public void replaceItParticipants(List<String> names) {
        itParticipants.clear();
        itParticipants.addAll(names);
    }

    public List<String> getBusinessContacts() {
        return List.copyOf(businessContacts);
    }

    public void replaceBusinessContacts(List<String> names) {
        businessContacts.clear();
        businessContacts.addAll(names);
    }

    public Set<InformationItem> getInformationCaptured() {
        return Set.copyOf(informationCaptured);
    }

    public void replaceInformationCaptured(Set<InformationItem> items) {
        informationCaptured.clear();
        informationCaptured.addAll(items);
        informationMask = 0;
        items.forEach(item -> informationMask |= InformationItem.bit(item.getPosition()));
    }

    /** The live list: the service adds, updates and removes actions in place to keep their ids. */
    public List<FollowUp> followUps() {
        return followUps;
    }

    public List<FollowUp> getFollowUps() {
        return List.copyOf(followUps);
    }

    /** The text the analysis reads: the notes, or the summary when there are none. */
    public String analysedText() {
        return notes == null || notes.isBlank() ? summary : notes;
    }

    public NotesAnalysis notesAnalysis() {
        if (notesAnalysis == null) {
            notesAnalysis = new NotesAnalysis(); // Hibernate leaves an all-null embeddable null
        }
        return notesAnalysis;
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
