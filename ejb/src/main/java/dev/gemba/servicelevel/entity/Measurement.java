package dev.gemba.servicelevel.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The current figure of a target for one month. A correction replaces the value in place after the
 * replaced one is kept as a {@link SupersededMeasurement}.
 */
@Entity
@Table(name = "agreement_measurement")
public class Measurement extends MonthlyFigure {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_measurement_seq")
    @SequenceGenerator(
            name = "agreement_measurement_seq",
            sequenceName = "agreement_measurement_seq",
            allocationSize = 50)
    private Long id;

    @Version
    private long version;

    protected Measurement() {}

    public Measurement(AgreementTarget target, YearMonth period) {
        super(target, period);
    }

    /** Sets the figure and where it came from. */
    public void record(BigDecimal value, MeasurementSource from, String by, Instant at, Long fromImport) {
        figure(value, from, by, at, fromImport);
    }

    public Long getId() {
        return id;
    }
}
