package dev.gemba.finding.entity;

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
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A signal the detector found, waiting for a person: accept makes it a finding, dismiss needs a
 * reason. Later runs refresh a pending signal's figures; a dismissed one comes back only when it has
 * grown materially ({@link #GROWTH} times the count it was dismissed at, and at least
 * {@link #MIN_GROWTH} more items).
 */
@Entity
@Table(name = "finding_suggestion")
public class FindingSuggestion {

    public static final double GROWTH = 1.5;
    public static final long MIN_GROWTH = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "finding_suggestion_seq")
    @SequenceGenerator(name = "finding_suggestion_seq", sequenceName = "finding_suggestion_seq", allocationSize = 50)
    private Long id;

    @Column(name = "signal_key", nullable = false, length = 300)
    private String signalKey;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private SuggestionKind kind;

    /** VOLUME or NEGATIVE_SHARE; for a score drop CSAT or NPS. */
    @Column(nullable = false, length = 20)
    private String measure;

    @Column(name = "service_id")
    private Long serviceId;

    @Column(name = "business_unit_id")
    private Long businessUnitId;

    @Column(length = 60)
    private String topic;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 12)
    private SuggestionStatus status = SuggestionStatus.PENDING;

    @Column(name = "recent_from", nullable = false)
    private Instant recentFrom;

    @Column(name = "recent_to", nullable = false)
    private Instant recentTo;

    @Column(name = "base_from", nullable = false)
    private Instant baseFrom;

    @Column(name = "recent_total", nullable = false)
    private long recentTotal;

    @Column(name = "recent_negative", nullable = false)
    private long recentNegative;

    @Column(name = "base_total", nullable = false)
    private long baseTotal;

    @Column(name = "base_negative", nullable = false)
    private long baseNegative;

    @Column(name = "p_value", nullable = false)
    private double pValue;

    @Column(name = "q_value", nullable = false)
    private double qValue;

    @Column(name = "detected_at", nullable = false)
    private Instant detectedAt;

    @Column(name = "decided_by", length = 80)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "dismiss_reason", length = 1000)
    private String dismissReason;

    @Column(name = "dismissed_count")
    private Long dismissedCount;

    @Column(name = "finding_id")
    private Long findingId;

    /** For a coverage gap: the phases without a recent touchpoint, comma separated (STRATEGY,DESIGN). */
    @Column(name = "gap_phases", length = 100)
    private String gapPhases;

    /** For a coverage gap: the threshold in days the phases were judged by. */
    @Column(name = "stale_days")
    private Integer staleDays;

    @Version
    private long version;

    protected FindingSuggestion() {}

    public FindingSuggestion(
            String signalKey, SuggestionKind kind, String measure, Long serviceId, Long businessUnitId, String topic) {
        this.signalKey = signalKey;
        this.kind = kind;
        this.measure = measure;
        this.serviceId = serviceId;
        this.businessUnitId = businessUnitId;
        this.topic = topic;
    }

    /** The counts of the latest run in which the signal passed the guard. */
    public void observed(
            Instant recentFrom,
            Instant recentTo,
            Instant baseFrom,
            long recentTotal,
            long recentNegative,
            long baseTotal,
            long baseNegative,
            double p,
            double q,
            Instant at) {
        this.recentFrom = recentFrom;
        this.recentTo = recentTo;
        this.baseFrom = baseFrom;
        this.recentTotal = recentTotal;
        this.recentNegative = recentNegative;
        this.baseTotal = baseTotal;
        this.baseNegative = baseNegative;
        this.pValue = p;
        this.qValue = q;
        this.detectedAt = at;
    }

    /** The coverage gap of the latest run: its phases and the threshold they were judged by. */
    public void coverageGap(String phases, int days) {
        this.gapPhases = phases;
        this.staleDays = days;
    }

    /**
     * The count the signal is judged by: negative items for a share, unsatisfied or detractor
     * responses for a score drop, all items for volume.
     */
    public long signalCount() {
        return countsNegative(kind, measure) ? recentNegative : recentTotal;
    }

    /** Whether a signal of this kind and measure is judged by its recent negative (or bad) count. */
    public static boolean countsNegative(SuggestionKind kind, String measure) {
        return kind == SuggestionKind.SCORE_DROP || "NEGATIVE_SHARE".equals(measure);
    }

    /** Whether a dismissed signal now counting {@code count} items has grown enough to be shown again. */
    public boolean grewMateriallySinceDismissal(long count) {
        long before = dismissedCount == null ? 0 : dismissedCount;
        return count >= GROWTH * before && count >= before + MIN_GROWTH;
    }

    public void reopen() {
        status = SuggestionStatus.PENDING;
    }

    public void accepted(long findingId, String by, Instant at) {
        this.status = SuggestionStatus.ACCEPTED;
        this.findingId = findingId;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public void dismissed(String reason, String by, Instant at) {
        this.status = SuggestionStatus.DISMISSED;
        this.dismissReason = reason;
        this.dismissedCount = signalCount();
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getSignalKey() {
        return signalKey;
    }

    public SuggestionKind getKind() {
        return kind;
    }

    public String getMeasure() {
        return measure;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public Long getBusinessUnitId() {
        return businessUnitId;
    }

    public String getTopic() {
        return topic;
    }

    public SuggestionStatus getStatus() {
        return status;
    }

    public Instant getRecentFrom() {
        return recentFrom;
    }

    public Instant getRecentTo() {
        return recentTo;
    }

    public Instant getBaseFrom() {
        return baseFrom;
    }

    public long getRecentTotal() {
        return recentTotal;
    }

    public long getRecentNegative() {
        return recentNegative;
    }

    public long getBaseTotal() {
        return baseTotal;
    }

    public long getBaseNegative() {
        return baseNegative;
    }

    public double getPValue() {
        return pValue;
    }

    public double getQValue() {
        return qValue;
    }

    public Instant getDetectedAt() {
        return detectedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDismissReason() {
        return dismissReason;
    }

    public Long getDismissedCount() {
        return dismissedCount;
    }

    public Long getFindingId() {
        return findingId;
    }

    public String getGapPhases() {
        return gapPhases;
    }

    public Integer getStaleDays() {
        return staleDays;
    }

    public long getVersion() {
        return version;
    }
}
