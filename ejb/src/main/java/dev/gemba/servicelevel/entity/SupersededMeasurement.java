package dev.gemba.servicelevel.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

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

/** A figure a correction replaced: kept as it was, with who replaced it and when. Never changed. */
@Entity
@Table(name = "agreement_measurement_history")
public class SupersededMeasurement {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_measurement_history_seq")
    @SequenceGenerator(
            name = "agreement_measurement_history_seq",
            sequenceName = "agreement_measurement_history_seq",
            allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_id")
    private AgreementTarget target;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(nullable = false, precision = 14, scale = 4)
    private BigDecimal measured;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private MeasurementSource source;

    @Column(name = "recorded_by", nullable = false, length = 80)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "import_id")
    private Long importId;

    @Column(name = "superseded_by", nullable = false, length = 80)
    private String supersededBy;

    @Column(name = "superseded_at", nullable = false)
    private Instant supersededAt;

    protected SupersededMeasurement() {}

    /** A copy of the measurement as it is now, about to be replaced. */
    public SupersededMeasurement(Measurement replaced, String by, Instant at) {
        this.target = replaced.getTarget();
        this.periodStart = replaced.getPeriod().atDay(1);
        this.measured = replaced.getMeasured();
        this.source = replaced.getSource();
        this.recordedBy = replaced.getRecordedBy();
        this.recordedAt = replaced.getRecordedAt();
        this.importId = replaced.getImportId();
        this.supersededBy = by;
        this.supersededAt = at;
    }

    public Long getId() {
        return id;
    }

    public AgreementTarget getTarget() {
        return target;
    }

    public YearMonth getPeriod() {
        return YearMonth.from(periodStart);
    }

    public BigDecimal getMeasured() {
        return measured;
    }

    public MeasurementSource getSource() {
        return source;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Long getImportId() {
        return importId;
    }

    public String getSupersededBy() {
        return supersededBy;
    }

    public Instant getSupersededAt() {
        return supersededAt;
    }
}
