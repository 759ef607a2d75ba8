package dev.gemba.improvement.entity;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One value of a manual KPI, entered by hand for the day it was measured; who entered it and when.
 * Append-only: a correction is a newer entry for the same day, and the newest entry of a day counts.
 */
@Entity
@Immutable
@Table(name = "improvement_kpi_value")
public class KpiValue {

    public static final int MAX_NOTE = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "improvement_kpi_value_seq")
    @SequenceGenerator(
            name = "improvement_kpi_value_seq",
            sequenceName = "improvement_kpi_value_seq",
            allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    private ImprovementItem item;

    @Column(name = "measured_on", nullable = false)
    private LocalDate measuredOn;

    @Column(name = "kpi_value", nullable = false)
    private double value;

    @Column(length = MAX_NOTE)
    private String note;

    @Column(name = "entered_by", nullable = false, length = 80)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    protected KpiValue() {}

    public KpiValue(
            ImprovementItem item,
            LocalDate measuredOn,
            double value,
            String note,
            String enteredBy,
            Instant enteredAt) {
        this.item = item;
        this.measuredOn = measuredOn;
        this.value = value;
        this.note = note;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getMeasuredOn() {
        return measuredOn;
    }

    public double getValue() {
        return value;
    }

    public String getNote() {
        return note;
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }
}
