package dev.gemba.servicelevel.boundary;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import dev.gemba.servicelevel.entity.IncidentPriority;
import dev.gemba.servicelevel.entity.TargetKind;

/**
 * A target as people enter it.
 *
 * @param id the target being changed; null for a new one (measurements stay with kept targets)
 * @param code its name in imports; derived from kind and priority when blank
 * @param priority required for RESOLVED_WITHIN and RESPONSE_TIME
 * @param withinMinutes required for RESOLVED_WITHIN
 * @param targetValue the kind's default when null
 * @param higherIsBetter the kind's direction when null
 * @param atRiskMargin the kind's default margin when null
 */
public record TargetForm(
        Long id,
        @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9._-]*") String code,
        @NotNull TargetKind kind,
        IncidentPriority priority,
        @Min(1) @Max(525600) Integer withinMinutes,
        @DecimalMin("0") @DecimalMax("100000") BigDecimal targetValue,
        Boolean higherIsBetter,
        @DecimalMin("0") @DecimalMax("100000") BigDecimal atRiskMargin) {

    /** A new target of the kind with its defaults. */
    public static TargetForm of(TargetKind kind) {
        return new TargetForm(null, null, kind, null, null, kind.defaultTarget(), null, kind.defaultMargin());
    }

    /** The code, or one derived from kind and priority. */
    public String effectiveCode() {
        if (code != null && !code.isBlank()) {
            return code.strip();
        }
        String base = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return priority == null ? base : base + "-" + priority.name().toLowerCase(java.util.Locale.ROOT);
    }
}
