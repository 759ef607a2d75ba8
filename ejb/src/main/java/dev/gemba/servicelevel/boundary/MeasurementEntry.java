package dev.gemba.servicelevel.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;

import dev.gemba.servicelevel.entity.Measurement;
import dev.gemba.servicelevel.entity.MeasurementSource;
import dev.gemba.servicelevel.entity.SupersededMeasurement;

/**
 * A target's figure for a month: the current one, or one a correction replaced.
 *
 * @param supersededAt when a correction replaced it; null for the current figure
 */
public record MeasurementEntry(
        long targetId,
        String targetCode,
        YearMonth period,
        BigDecimal measured,
        MeasurementSource source,
        String recordedBy,
        Instant recordedAt,
        Long importId,
        String supersededBy,
        Instant supersededAt) {

    public static MeasurementEntry of(Measurement m) {
        return new MeasurementEntry(
                m.getTarget().getId(),
                m.getTarget().getCode(),
                m.getPeriod(),
                m.getMeasured(),
                m.getSource(),
                m.getRecordedBy(),
                m.getRecordedAt(),
                m.getImportId(),
                null,
                null);
    }

    public static MeasurementEntry of(SupersededMeasurement h) {
        return new MeasurementEntry(
                h.getTarget().getId(),
                h.getTarget().getCode(),
                h.getPeriod(),
                h.getMeasured(),
                h.getSource(),
                h.getRecordedBy(),
                h.getRecordedAt(),
                h.getImportId(),
                h.getSupersededBy(),
                h.getSupersededAt());
    }

    public boolean current() {
        return supersededAt == null;
    }
}
