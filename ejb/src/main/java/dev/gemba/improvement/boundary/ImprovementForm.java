package dev.gemba.improvement.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.gemba.feedback.entity.SupportTier;
import dev.gemba.improvement.entity.Effort;
import dev.gemba.improvement.entity.ImprovementType;
import dev.gemba.improvement.entity.KpiKind;

/**
 * What people enter to propose or change an improvement item. There is no score field: the
 * priority score is computed.
 *
 * @param kpiWindowDays length of the baseline window before approval and of the window after
 *     delivery, in days (default 28)
 * @param kpiHigherIsBetter direction of a manual KPI; measured KPIs have their own
 * @param manualBaseline a manual KPI's value before the change, typed in
 * @param manualCurrentValue a manual KPI's value now, typed in
 * @param tierFrom for shift-left items: the support tier work moves away from
 * @param version the version the change is based on; null when proposing
 */
public record ImprovementForm(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 8000) String description,
        @Size(max = 50) Set<Long> serviceIds,
        @Size(max = 50) Set<Long> businessUnitIds,
        @Size(max = 80) String owner,
        @NotNull ImprovementType type,
        @NotNull Effort effort,
        @DecimalMin("0.5") @DecimalMax("9999") BigDecimal effortDays,
        LocalDate targetDate,
        @NotNull KpiKind kpiKind,
        @Size(max = 200) String kpiName,
        @Size(max = 60) String kpiTopic,
        Long kpiServiceId,
        Long kpiBusinessUnitId,
        @Min(7) @Max(365) Integer kpiWindowDays,
        Boolean kpiHigherIsBetter,
        Double targetValue,
        Double manualBaseline,
        Double manualCurrentValue,
        LocalDate benefitsReviewDate,
        SupportTier tierFrom,
        SupportTier tierTo,
        Long version) {

    public static final int DEFAULT_WINDOW_DAYS = 28;

    public ImprovementForm {
        serviceIds = serviceIds == null ? Set.of() : Set.copyOf(serviceIds);
        businessUnitIds = businessUnitIds == null ? Set.of() : Set.copyOf(businessUnitIds);
    }
}
