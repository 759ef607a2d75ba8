package dev.gemba.improvement.boundary;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.gemba.improvement.entity.KpiValue;

/**
 * A manual KPI's value as measured on a day, entered by hand.
 *
 * @param measuredOn the day the value was measured (not in the future)
 * @param note where the value comes from, optional
 */
public record KpiValueForm(
        @NotNull LocalDate measuredOn, @NotNull Double value, @Size(max = KpiValue.MAX_NOTE) String note) {}
