package dev.gemba.servicelevel.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * A target's figure for one month and where it came from: the columns a current
 * {@link Measurement} and a {@link SupersededMeasurement} share.
 */
@MappedSuperclass
public abstract class MonthlyFigure {

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

    protected MonthlyFigure() {}

    protected MonthlyFigure(AgreementTarget target, YearMonth period) {
        this.target = target;
        this.periodStart = period.atDay(1);
    }

    /** Sets the figure and where it came from. */
    protected void figure(BigDecimal value, MeasurementSource from, String by, Instant at, Long fromImport) {
        this.measured = value;
        this.source = from;
        this.recordedBy = by;
        this.recordedAt = at;
        this.importId = fromImport;
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
}
