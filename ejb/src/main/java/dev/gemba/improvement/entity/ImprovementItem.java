package dev.gemba.improvement.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
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
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.gemba.catalog.entity.BusinessUnit;
import dev.gemba.catalog.entity.ItService;
import dev.gemba.feedback.entity.SupportTier;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An entry of the CSI register: what should improve, for whom, measured by which KPI. Its status
 * changes only through {@link #moveTo}, which the workflow calls after checking its rules; the
 * baseline is frozen at approval and the priority score's components are computed, never typed.
 */
@Entity
@Table(name = "improvement_item")
public class ImprovementItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "improvement_item_seq")
    @SequenceGenerator(name = "improvement_item_seq", sequenceName = "improvement_item_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 8000)
    private String description;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ImprovementStatus status = ImprovementStatus.PROPOSED;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 20)
    private ClosureOutcome closure;

    @Column(name = "raised_by", nullable = false, length = 80, updatable = false)
    private String raisedBy;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    @Column(length = 80)
    private String owner;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "item_type", nullable = false, length = 24)
    private ImprovementType type;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 2)
    private Effort effort;

    @Column(name = "effort_days", precision = 7, scale = 1)
    private BigDecimal effortDays;

    @Column(name = "target_date")
    private LocalDate targetDate;

    @Column(name = "benefits_review_date")
    private LocalDate benefitsReviewDate;

    // lists show many items' services and units: read for up to 50 items at once, not one query each
    @org.hibernate.annotations.BatchSize(size = 50)
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "improvement_service",
            joinColumns = @JoinColumn(name = "item_id"),
            inverseJoinColumns = @JoinColumn(name = "service_id"))
    private Set<ItService> services = new LinkedHashSet<>();

    @org.hibernate.annotations.BatchSize(size = 50)
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(
            name = "improvement_business_unit",
            joinColumns = @JoinColumn(name = "item_id"),
            inverseJoinColumns = @JoinColumn(name = "business_unit_id"))
    private Set<BusinessUnit> businessUnits = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kpi_kind", nullable = false, length = 20)
    private KpiKind kpiKind;

    @Column(name = "kpi_name", length = 200)
    private String kpiName;

    @Column(name = "kpi_topic", length = 60)
    private String kpiTopic;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "kpi_service_id")
    private ItService kpiService;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "kpi_business_unit_id")
    private BusinessUnit kpiBusinessUnit;

    @Column(name = "kpi_window_days", nullable = false)
    private int kpiWindowDays;

    @Column(name = "kpi_higher_is_better", nullable = false)
    private boolean kpiHigherIsBetter;

    @Column(name = "target_value")
    private Double targetValue;

    @Column(name = "manual_current_value")
    private Double manualCurrentValue;

    @Column(name = "baseline_value")
    private Double baselineValue;

    @Column(name = "baseline_n")
    private Long baselineN;

    @Column(name = "baseline_a")
    private Double baselineA;

    @Column(name = "baseline_b")
    private Double baselineB;

    @Column(name = "baseline_from")
    private Instant baselineFrom;

    @Column(name = "baseline_to")
    private Instant baselineTo;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "tier_from", length = 4)
    private SupportTier tierFrom;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "tier_to", length = 4)
    private SupportTier tierTo;

    @Column(name = "reach_people", nullable = false)
    private long reachPeople;

    @Column(name = "reach_units", nullable = false)
    private long reachUnits;

    @Column(name = "impact_value", nullable = false)
    private double impactValue;

    @Column(name = "evidence_n", nullable = false)
    private long evidenceN;

    @Column(name = "evidence_sources", nullable = false)
    private int evidenceSources;

    @Column(nullable = false)
    private double score;

    @Column(name = "score_computed_at", nullable = false)
    private Instant scoreComputedAt;

    @Column(name = "review_follow_up_id")
    private Long reviewFollowUpId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ImprovementItem() {}

    public ImprovementItem(int number, String raisedBy, Instant raisedAt) {
        this.number = number;
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
        this.scoreComputedAt = raisedAt;
    }

    @PrePersist
    void created() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void updated() {
        updatedAt = Instant.now();
    }

    /** The register number as people write it: {@code CSI-0001}. */
    public String code() {
        return code(number);
    }

    public static String code(int number) {
        // as "CSI-%04d" without a Formatter: the register builds one per row
        if (number < 0) {
            return String.format("CSI-%04d", number);
        }
        String digits = Integer.toString(number);
        return "CSI-" + "0".repeat(Math.max(0, 4 - digits.length())) + digits;
    }

    /** Moves to a status the workflow allowed; stamps approval and delivery times. */
    public void moveTo(ImprovementStatus to, ClosureOutcome outcome, Instant now) {
        if (to == ImprovementStatus.APPROVED) {
            approvedAt = now;
        }
        if (to == ImprovementStatus.DELIVERED) {
            deliveredAt = now;
        }
        closure = to == ImprovementStatus.CLOSED ? outcome : null;
        status = to;
    }

    /**
     * Returns to an earlier status when the decision that moved the item is corrected; going back
     * before approval reopens the KPI (the next approval freezes the baseline again), going back
     * before delivery forgets the delivery date.
     */
    public void revertTo(ImprovementStatus to) {
        if (EnumSet.of(
                        ImprovementStatus.PROPOSED,
                        ImprovementStatus.ACCEPTED,
                        ImprovementStatus.DEFERRED,
                        ImprovementStatus.REJECTED)
                .contains(to)) {
            approvedAt = null;
        }
        if (!to.delivered()) {
            deliveredAt = null;
        }
        closure = null;
        status = to;
    }

    /** Freezes the KPI's baseline: its value and the window's sufficient statistics. */
    public void freezeBaseline(double value, long n, double a, double b, Instant from, Instant to) {
        baselineValue = value;
        baselineN = n;
        baselineA = a;
        baselineB = b;
        baselineFrom = from;
        baselineTo = to;
    }

    /** Stores the priority score and the components it was computed from. */
    public void scored(long people, long units, double impact, long evidence, int sources, double value, Instant at) {
        reachPeople = people;
        reachUnits = units;
        impactValue = impact;
        evidenceN = evidence;
        evidenceSources = sources;
        score = value;
        scoreComputedAt = at;
    }

    public void reviewFollowUpRaised(long followUpId) {
        reviewFollowUpId = followUpId;
    }

    /** For a demo's history: when it was approved and delivered, as it happened. */
    public void backdate(Instant approved, Instant delivered) {
        approvedAt = approved;
        deliveredAt = delivered;
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public ImprovementStatus getStatus() {
        return status;
    }

    public ClosureOutcome getClosure() {
        return closure;
    }

    public String getRaisedBy() {
        return raisedBy;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public ImprovementType getType() {
        return type;
    }

    public void setType(ImprovementType type) {
        this.type = type;
    }

    public Effort getEffort() {
        return effort;
    }

    public void setEffort(Effort effort) {
        this.effort = effort;
    }

    public BigDecimal getEffortDays() {
        return effortDays;
    }

    public void setEffortDays(BigDecimal effortDays) {
        this.effortDays = effortDays;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public void setTargetDate(LocalDate targetDate) {
        this.targetDate = targetDate;
    }

    public LocalDate getBenefitsReviewDate() {
        return benefitsReviewDate;
    }

    public void setBenefitsReviewDate(LocalDate benefitsReviewDate) {
        this.benefitsReviewDate = benefitsReviewDate;
    }

    public Set<ItService> getServices() {
        return services;
    }

    public Set<BusinessUnit> getBusinessUnits() {
        return businessUnits;
    }

    public KpiKind getKpiKind() {
        return kpiKind;
    }

    public void setKpiKind(KpiKind kpiKind) {
        this.kpiKind = kpiKind;
    }

    public String getKpiName() {
        return kpiName;
    }

    public void setKpiName(String kpiName) {
        this.kpiName = kpiName;
    }

    public String getKpiTopic() {
        return kpiTopic;
    }

    public void setKpiTopic(String kpiTopic) {
        this.kpiTopic = kpiTopic;
    }

    public ItService getKpiService() {
        return kpiService;
    }

    public void setKpiService(ItService kpiService) {
        this.kpiService = kpiService;
    }

    public BusinessUnit getKpiBusinessUnit() {
        return kpiBusinessUnit;
    }

    public void setKpiBusinessUnit(BusinessUnit kpiBusinessUnit) {
        this.kpiBusinessUnit = kpiBusinessUnit;
    }

    public int getKpiWindowDays() {
        return kpiWindowDays;
    }

    public void setKpiWindowDays(int kpiWindowDays) {
        this.kpiWindowDays = kpiWindowDays;
    }

    public boolean isKpiHigherIsBetter() {
        return kpiHigherIsBetter;
    }

    public void setKpiHigherIsBetter(boolean kpiHigherIsBetter) {
        this.kpiHigherIsBetter = kpiHigherIsBetter;
    }

    public Double getTargetValue() {
        return targetValue;
    }

    public void setTargetValue(Double targetValue) {
        this.targetValue = targetValue;
    }

    public Double getManualCurrentValue() {
        return manualCurrentValue;
    }

    public void setManualCurrentValue(Double manualCurrentValue) {
        this.manualCurrentValue = manualCurrentValue;
    }

    public Double getBaselineValue() {
        return baselineValue;
    }

    /** A manual KPI's baseline is typed in; a measured one's is frozen at approval. */
    public void setManualBaseline(Double value) {
        this.baselineValue = value;
    }

    public Long getBaselineN() {
        return baselineN;
    }

    public Double getBaselineA() {
        return baselineA;
    }

    public Double getBaselineB() {
        return baselineB;
    }

    public Instant getBaselineFrom() {
        return baselineFrom;
    }

    public Instant getBaselineTo() {
        return baselineTo;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public SupportTier getTierFrom() {
        return tierFrom;
    }

    public void setTierFrom(SupportTier tierFrom) {
        this.tierFrom = tierFrom;
    }

    public SupportTier getTierTo() {
        return tierTo;
    }

    public void setTierTo(SupportTier tierTo) {
        this.tierTo = tierTo;
    }

    public long getReachPeople() {
        return reachPeople;
    }

    public long getReachUnits() {
        return reachUnits;
    }

    public double getImpactValue() {
        return impactValue;
    }

    public long getEvidenceN() {
        return evidenceN;
    }

    public int getEvidenceSources() {
        return evidenceSources;
    }

    public double getScore() {
        return score;
    }

    public Instant getScoreComputedAt() {
        return scoreComputedAt;
    }

    public Long getReviewFollowUpId() {
        return reviewFollowUpId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
