package dev.gemba.servicelevel.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import dev.gemba.servicelevel.entity.AgreementTarget;
import dev.gemba.servicelevel.entity.Measurement;
import dev.gemba.servicelevel.entity.MeasurementSource;
import dev.gemba.servicelevel.entity.SupersededMeasurement;

/**
 * Records a target's figure for a month, idempotently by target and month: the same figure again
 * changes nothing; a different one replaces it after the replaced figure is kept in the history.
 */
@Dependent
public class MeasurementRecorder {

    /** What recording a figure did. */
    public enum Outcome {
        ADDED,
        REPLACED,
        UNCHANGED
    }

    @Inject
    AgreementRepository agreements;

    public Outcome record(
            AgreementTarget target,
            YearMonth period,
            BigDecimal value,
            MeasurementSource source,
            String by,
            Instant at,
            Long importId) {
        var current = agreements.measurement(target, period);
        if (current.isEmpty()) {
            Measurement m = new Measurement(target, period);
            m.record(value, source, by, at, importId);
            agreements.store(m);
            return Outcome.ADDED;
        }
        Measurement m = current.get();
        if (m.getMeasured().compareTo(value) == 0) {
            return Outcome.UNCHANGED;
        }
        agreements.store(new SupersededMeasurement(m, by, at));
        m.record(value, source, by, at, importId);
        return Outcome.REPLACED;
    }
}
