package dev.gemba.improvement.boundary;

import java.time.Instant;
import java.time.LocalDate;

import dev.gemba.improvement.entity.KpiValue;

/** One entered value of a manual KPI, with who entered it and when. */
public record KpiValueEntry(
        long id, LocalDate measuredOn, double value, String note, String enteredBy, Instant enteredAt) {

    static KpiValueEntry of(KpiValue v) {
        return new KpiValueEntry(
                v.getId(), v.getMeasuredOn(), v.getValue(), v.getNote(), v.getEnteredBy(), v.getEnteredAt());
    }
}
