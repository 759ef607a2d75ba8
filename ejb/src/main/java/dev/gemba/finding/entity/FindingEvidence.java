package dev.gemba.finding.entity;

import java.time.Instant;
import java.util.Objects;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One linked item of evidence, by id only: the item itself is read from its own table when shown,
 * so a linked text is always shown as it is now. Records who linked it and when.
 */
@Entity
@Table(name = "finding_evidence")
public class FindingEvidence {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "finding_evidence_seq")
    @SequenceGenerator(name = "finding_evidence_seq", sequenceName = "finding_evidence_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "finding_id")
    private Finding finding;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private EvidenceKind kind;

    @Column(name = "feedback_id")
    private Long feedbackId;

    @Column(name = "survey_response_id")
    private Long surveyResponseId;

    @Column(name = "touchpoint_id")
    private Long touchpointId;

    @Column(name = "gap_business_unit_id")
    private Long gapBusinessUnitId;

    @Column(name = "gap_phase", length = 12)
    private String gapPhase;

    @Column(name = "gap_service_id")
    private Long gapServiceId;

    @Column(name = "linked_by", nullable = false, length = 80)
    private String linkedBy;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    protected FindingEvidence() {}

    private FindingEvidence(EvidenceKind kind, String linkedBy) {
        this.kind = kind;
        this.linkedBy = linkedBy;
        this.linkedAt = Instant.now();
    }

    public static FindingEvidence feedback(long feedbackId, String by) {
        FindingEvidence e = new FindingEvidence(EvidenceKind.FEEDBACK, by);
        e.feedbackId = feedbackId;
        return e;
    }

    public static FindingEvidence surveyResponse(long responseId, String by) {
        FindingEvidence e = new FindingEvidence(EvidenceKind.SURVEY_RESPONSE, by);
        e.surveyResponseId = responseId;
        return e;
    }

    public static FindingEvidence touchpoint(long touchpointId, String by) {
        FindingEvidence e = new FindingEvidence(EvidenceKind.TOUCHPOINT, by);
        e.touchpointId = touchpointId;
        return e;
    }

    /** A lifecycle phase without touchpoints for a business unit (and optionally a service). */
    public static FindingEvidence coverageGap(long businessUnitId, String phase, Long serviceId, String by) {
        FindingEvidence e = new FindingEvidence(EvidenceKind.COVERAGE_GAP, by);
        e.gapBusinessUnitId = businessUnitId;
        e.gapPhase = phase;
        e.gapServiceId = serviceId;
        return e;
    }

    void attachTo(Finding finding) {
        this.finding = finding;
    }

    boolean sameItemAs(FindingEvidence other) {
        return kind == other.kind
                && Objects.equals(feedbackId, other.feedbackId)
                && Objects.equals(surveyResponseId, other.surveyResponseId)
                && Objects.equals(touchpointId, other.touchpointId)
                && Objects.equals(gapBusinessUnitId, other.gapBusinessUnitId)
                && Objects.equals(gapPhase, other.gapPhase)
                && Objects.equals(gapServiceId, other.gapServiceId);
    }

    public Long getId() {
        return id;
    }

    public Finding getFinding() {
        return finding;
    }

    public EvidenceKind getKind() {
        return kind;
    }

    public Long getFeedbackId() {
        return feedbackId;
    }

    public Long getSurveyResponseId() {
        return surveyResponseId;
    }

    public Long getTouchpointId() {
        return touchpointId;
    }

    public Long getGapBusinessUnitId() {
        return gapBusinessUnitId;
    }

    public String getGapPhase() {
        return gapPhase;
    }

    public Long getGapServiceId() {
        return gapServiceId;
    }

    public String getLinkedBy() {
        return linkedBy;
    }

    public Instant getLinkedAt() {
        return linkedAt;
    }
}
