package dev.gemba.improvement.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/**
 * The exponents of the priority score's components, 0 (ignore) to 3, as admins set them.
 *
 * @param version the version read; null only when reading
 */
public record WeightsForm(
        @NotNull @DecimalMin("0") @DecimalMax("3") Double reach,
        @NotNull @DecimalMin("0") @DecimalMax("3") Double impact,
        @NotNull @DecimalMin("0") @DecimalMax("3") Double confidence,
        @NotNull @DecimalMin("0") @DecimalMax("3") Double effort,
        Long version) {}
