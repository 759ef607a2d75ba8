package dev.gemba.servicelevel.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A figure a correction replaced: kept as it was, with who replaced it and when. Never changed. */
@Entity
@Table(name = "agreement_measurement_history")
public class SupersededMeasurement extends MonthlyFigure {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agreement_measurement_history_seq")
    @SequenceGenerator(
            name = "agreement_measurement_history_seq",
            sequenceName = "agreement_measurement_history_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "superseded_by", nullable = false, length = 80)
    private String supersededBy;

    @Column(name = "superseded_at", nullable = false)
    private Instant supersededAt;

    protected SupersededMeasurement() {}

    /** A copy of the measurement as it is now, about to be replaced. */
    public SupersededMeasurement(Measurement replaced, String by, Instant at) {
        super(replaced.getTarget(), replaced.getPeriod());
        figure(
                replaced.getMeasured(),
                replaced.getSource(),
                replaced.getRecordedBy(),
                replaced.getRecordedAt(),
                replaced.getImportId());
        this.supersededBy = by;
        this.supersededAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getSupersededBy() {
        return supersededBy;
    }

    public Instant getSupersededAt() {
        return supersededAt;
    }
}
