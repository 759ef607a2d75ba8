package dev.gemba.servicelevel.entity;

import java.math.BigDecimal;

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

/**
 * A target of an agreement: a kind (availability, resolution within a time per priority, response
 * time, satisfaction, tiered-support shares), the value to reach, its direction and the margin
 * within which a met target counts as at risk. Its code names it in imports and the API.
 */
@Entity
@Table(name = "agreement_target")
public class AgreementTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_target_seq")
    @SequenceGenerator(name = "agreement_target_seq", sequenceName = "agreement_target_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id")
    private Agreement agreement;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 40)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private TargetKind kind;

    @Enumerated(EnumType.STRING)
    @Column(length = 4)
    private IncidentPriority priority;

    @Column(name = "within_minutes")
    private Integer withinMinutes;

    @Column(name = "target_value", nullable = false, precision = 12, scale = 3)
    private BigDecimal targetValue;

    @Column(name = "higher_is_better", nullable = false)
    private boolean higherIsBetter;

    @Column(name = "at_risk_margin", nullable = false, precision = 12, scale = 3)
    private BigDecimal atRiskMargin;

    protected AgreementTarget() {}

    public AgreementTarget(String code, TargetKind kind) {
        this.code = code;
        this.kind = kind;
        this.higherIsBetter = kind.higherIsBetter();
    }

    void attach(Agreement owner, int at) {
        this.agreement = owner;
        this.position = at;
    }

    /** Sets what the target asks for; priority and time only where the kind has them. */
    public void define(
            String newCode,
            TargetKind newKind,
            IncidentPriority newPriority,
            Integer newWithinMinutes,
            BigDecimal value,
            boolean higher,
            BigDecimal margin) {
        this.code = newCode;
        this.kind = newKind;
        this.priority = newKind.perPriority() ? newPriority : null;
        this.withinMinutes = newKind.needsTime() ? newWithinMinutes : null;
        this.targetValue = value;
        this.higherIsBetter = higher;
        this.atRiskMargin = margin;
    }

    public Long getId() {
        return id;
    }

    public Agreement getAgreement() {
        return agreement;
    }

    public int getPosition() {
        return position;
    }

    public String getCode() {
        return code;
    }

    public TargetKind getKind() {
        return kind;
    }

    public IncidentPriority getPriority() {
        return priority;
    }

    public Integer getWithinMinutes() {
        return withinMinutes;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    public boolean isHigherIsBetter() {
        return higherIsBetter;
    }

    public BigDecimal getAtRiskMargin() {
        return atRiskMargin;
    }
}
