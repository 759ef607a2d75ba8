package dev.gemba.review.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
 * A service review with a business unit (optionally about one service) over a period. It is a CSI
 * touchpoint of the type "Service review meetings" ({@code touchpointId}), so it counts on the
 * coverage heatmap and its actions are that touchpoint's follow-ups. Publishing stores the pack's
 * figures ({@code packJson}); from then on the pack is read from there, never recomputed.
 */
@Entity
@Table(name = "service_review")
public class ServiceReview {

    public static final int MAX_TITLE = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_review_seq")
    @SequenceGenerator(name = "service_review_seq", sequenceName = "service_review_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "business_unit_id")
    private BusinessUnit businessUnit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "service_id")
    private ItService service;

    @Column(nullable = false, length = MAX_TITLE)
    private String title;

    @Column(name = "scheduled_at", nullable = false)
    private Instant scheduledAt;

    /** First day of the period the pack reports on. */
    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    /** Last day of the period (inclusive). */
    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Column(name = "touchpoint_id")
    private Long touchpointId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 12)
    private ReviewStatus status = ReviewStatus.PLANNED;

    @Column(name = "pack_json", length = 1_000_000)
    private String packJson;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = 80)
    private String publishedBy;

    @Column(name = "held_at")
    private Instant heldAt;

    @ElementCollection
    @CollectionTable(name = "service_review_it_participant", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    @Column(name = "username", nullable = false, length = 80)
    private List<String> itParticipants = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "service_review_contact", joinColumns = @JoinColumn(name = "review_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", nullable = false, length = 160)
    private List<String> businessContacts = new ArrayList<>();

    @OneToMany(mappedBy = "review", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<AgendaItem> agenda = new ArrayList<>();

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected ServiceReview() {}

    public ServiceReview(BusinessUnit businessUnit, String createdBy, Instant createdAt) {
        this.businessUnit = businessUnit;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Freezes the pack: its figures as published, and who published it when. */
    public void publish(String packJson, String by, Instant at) {
        this.packJson = packJson;
        this.publishedBy = by;
        this.publishedAt = at;
        this.status = ReviewStatus.PUBLISHED;
    }

    /** Marks the review as held (minutes recorded). */
    public void held(Instant at) {
        if (heldAt == null) {
            heldAt = at;
        }
        status = ReviewStatus.HELD;
    }

    public boolean isPublished() {
        return packJson != null;
    }

    /** Replaces the agenda with these points in this order. */
    public void replaceAgenda(List<AgendaItem> points) {
        agenda.retainAll(points);
        for (AgendaItem point : points) {
            if (!agenda.contains(point)) {
                agenda.add(point);
            }
        }
        for (int i = 0; i < points.size(); i++) {
            points.get(i).setPosition(i);
        }
        agenda.sort(java.util.Comparator.comparingInt(AgendaItem::getPosition));
    }

    public Long getId() {
        return id;
    }

    public BusinessUnit getBusinessUnit() {
        return businessUnit;
    }

    public void setBusinessUnit(BusinessUnit businessUnit) {
        this.businessUnit = businessUnit;
    }

    public ItService getService() {
        return service;
    }

    public void setService(ItService service) {
        this.service = service;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Instant getScheduledAt() {
        return scheduledAt;
    }

    public void setScheduledAt(Instant scheduledAt) {
        this.scheduledAt = scheduledAt;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public void setPeriod(LocalDate from, LocalDate to) {
        this.periodFrom = from;
        this.periodTo = to;
    }

    public Long getTouchpointId() {
        return touchpointId;
    }

    public void setTouchpointId(Long touchpointId) {
        this.touchpointId = touchpointId;
    }

    public ReviewStatus getStatus() {
        return status;
    }

    public String getPackJson() {
        return packJson;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getHeldAt() {
        return heldAt;
    }

    public List<String> getItParticipants() {
        return List.copyOf(itParticipants);
    }

    public List<String> getBusinessContacts() {
        return List.copyOf(businessContacts);
    }

    public void replaceParticipants(List<String> it, List<String> business) {
        itParticipants.clear();
        itParticipants.addAll(it);
        businessContacts.clear();
        businessContacts.addAll(business);
    }

    public List<AgendaItem> getAgenda() {
        return agenda;
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
