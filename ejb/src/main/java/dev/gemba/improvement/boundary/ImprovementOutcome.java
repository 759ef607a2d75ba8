package dev.gemba.improvement.boundary;

import java.time.Instant;
import java.util.List;

import dev.gemba.improvement.control.Verdict;
import dev.gemba.improvement.entity.KpiKind;

/**
 * The measured outcome: the KPI in the baseline window before approval against a window of the
 * same length after delivery, the difference (after − before) with its 95% interval, and the
 * verdict. Values are NaN-free: absent figures are null.
 *
 * @param complete the window after delivery has ended (until then the verdict is NOT_YET_MEASURABLE)
 * @param weekly the KPI per week across both windows, for the before/after chart
 */
public record ImprovementOutcome(
        KpiKind kpiKind,
        boolean higherIsBetter,
        Window before,
        Window after,
        Double difference,
        Double lower,
        Double upper,
        Verdict verdict,
        boolean complete,
        String explanation,
        List<Point> weekly) {

    /** One window: [from, to), the number of observations and the KPI's value. */
    public record Window(Instant from, Instant to, Long n, Double value) {}

    /** The KPI in one week; {@code after} marks weeks after delivery. */
    public record Point(Instant weekStart, Long n, Double value, boolean after) {}
}
