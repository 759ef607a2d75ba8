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
import jakarta.persistence.Version;

/**
 * The current figure of a target for one month. A correction replaces the value in place after the
 * replaced one is kept as a {@link SupersededMeasurement}.
 */
@Entity
@Table(name = "agreement_measurement")
public class Measurement {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_measurement_seq")
    @SequenceGenerator(
            name = "agreement_measurement_seq",
            sequenceName = "agreement_measurement_seq",
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

    @Version
    private long version;

    protected Measurement() {}

    public Measurement(AgreementTarget target, YearMonth period) {
        this.target = target;
        this.periodStart = period.atDay(1);
    }

    /** Sets the figure and where it came from. */
    public void record(BigDecimal value, MeasurementSource from, String by, Instant at, Long fromImport) {
        this.measured = value;
        this.source = from;
        this.recordedBy = by;
        this.recordedAt = at;
        this.importId = fromImport;
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
}
