package dev.gemba.servicelevel.boundary;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A target's figure for a month, as an ITSM or a person posts it.
 *
 * @param target the target's code (or its id as text)
 * @param period the month, yyyy-MM
 * @param value in the target's unit (percent or minutes)
 */
public record MeasurementForm(
        @NotBlank @Size(max = 40) String target,
        @NotBlank @Pattern(regexp = "\\d{4}-\\d{2}") String period,
        @NotNull @DecimalMin("0") @DecimalMax("1000000") BigDecimal value) {}
