package dev.gemba.improvement.boundary;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import dev.gemba.improvement.control.KpiComparison;
import dev.gemba.improvement.control.KpiMeter;
import dev.gemba.improvement.control.KpiSample;
import dev.gemba.improvement.control.ManualKpiHistory;
import dev.gemba.improvement.control.ScoreKeeper;
import dev.gemba.improvement.control.Verdict;
import dev.gemba.improvement.entity.ImprovementItem;
import dev.gemba.improvement.entity.KpiKind;

/**
 * Measures an item's outcome: the frozen baseline against the window of the same length that
 * starts at delivery, once that window has ended; weekly values of both windows for the chart.
 */
final class OutcomeReport {

    private static final int MAX_WEEKS = 26;

    private final KpiMeter meter;
    private final Instant now;
    private final boolean weekly;

    /** @param weekly whether to measure the weekly values for the chart (one measurement per week) */
    OutcomeReport(KpiMeter meter, Instant now, boolean weekly) {
        this.meter = meter;
        this.now = now;
        this.weekly = weekly;
    }

    /** @param history a manual KPI's values entered by hand (empty for a measured KPI) */
    ImprovementOutcome of(ImprovementItem item, ManualKpiHistory history) {
        KpiKind kind = item.getKpiKind();
        boolean higher = item.isKpiHigherIsBetter();
        if (!kind.measured()) {
            return history.isEmpty() ? manual(item) : manual(item, history);
        }
        if (item.getApprovedAt() == null || item.getBaselineN() == null) {
            return empty(item, "the baseline is measured when the item is approved");
        }
        var before = new KpiSample(kind, item.getBaselineN(), item.getBaselineA(), item.getBaselineB());
        var beforeWindow = new ImprovementOutcome.Window(
                item.getBaselineFrom(), item.getBaselineTo(), before.n(), finite(before.value()));
        List<ImprovementOutcome.Point> weekly =
                new ArrayList<>(weeks(item, item.getBaselineFrom(), item.getBaselineTo(), false));
        if (item.getDeliveredAt() == null) {
            return new ImprovementOutcome(
                    kind,
                    higher,
                    beforeWindow,
                    null,
                    null,
                    null,
                    null,
                    Verdict.NOT_YET_MEASURABLE,
                    false,
                    "the window after delivery starts when the item is delivered",
                    weekly);
        }
        Duration length = Duration.between(item.getBaselineFrom(), item.getBaselineTo());
        Instant afterFrom = item.getDeliveredAt();
        Instant afterTo = afterFrom.plus(length);
        boolean complete = !now.isBefore(afterTo);
        Instant measuredTo = complete ? afterTo : now;
        KpiSample after = meter.measure(kind, ScoreKeeper.scopeOf(item), afterFrom, measuredTo);
        weekly.addAll(weeks(item, afterFrom, measuredTo, true));
        var afterWindow = new ImprovementOutcome.Window(afterFrom, afterTo, after.n(), finite(after.value()));
        KpiComparison c = KpiComparison.of(before, after, higher);
        Verdict verdict = complete ? c.verdict() : Verdict.NOT_YET_MEASURABLE;
        String explanation = complete
                ? explain(c, kind)
                : "the window after delivery ends on " + afterTo + "; figures so far are shown without a verdict";
        return new ImprovementOutcome(
                kind,
                higher,
                beforeWindow,
                afterWindow,
                finite(c.difference()),
                finite(c.lower()),
                finite(c.upper()),
                verdict,
                complete,
                explanation,
                weekly);
    }

    private ImprovementOutcome manual(ImprovementItem item) {
        if (item.getBaselineValue() == null || item.getManualCurrentValue() == null) {
            return empty(item, "a manual KPI compares the baseline and current values typed in on the item");
        }
        KpiComparison c =
                KpiComparison.manual(item.getBaselineValue(), item.getManualCurrentValue(), item.isKpiHigherIsBetter());
        return new ImprovementOutcome(
                item.getKpiKind(),
                item.isKpiHigherIsBetter(),
                new ImprovementOutcome.Window(null, item.getApprovedAt(), null, item.getBaselineValue()),
                new ImprovementOutcome.Window(item.getDeliveredAt(), null, null, item.getManualCurrentValue()),
                c.difference(),
                null,
                null,
                c.verdict(),
                true,
                "values typed in by hand carry no interval",
                List.of());
    }

    /**
     * From the dated values: the baseline (typed in, else the latest value on or before the approval
     * day, before approval the latest so far) against the latest value on or after the delivery day;
     * no interval, as values typed by hand carry none.
     */
    private ImprovementOutcome manual(ImprovementItem item, ManualKpiHistory history) {
        LocalDate delivered = day(item.getDeliveredAt());
        List<ImprovementOutcome.Point> points = history.days().stream()
                .map(d -> new ImprovementOutcome.Point(
                        d.on().atStartOfDay(ZoneOffset.UTC).toInstant(),
                        null,
                        d.value(),
                        delivered != null && !d.on().isBefore(delivered)))
                .toList();
        Double before = item.getBaselineValue();
        if (before == null) {
            LocalDate approved = day(item.getApprovedAt());
            before = (approved == null ? history.latest() : history.onOrBefore(approved))
                    .map(ManualKpiHistory.Day::value)
                    .orElse(null);
        }
        var beforeWindow =
                before == null ? null : new ImprovementOutcome.Window(null, item.getApprovedAt(), null, before);
        var after =
                delivered == null ? java.util.Optional.<ManualKpiHistory.Day>empty() : history.latestSince(delivered);
        if (before == null || after.isEmpty()) {
            String why = before == null
                    ? "enter a value measured before approval, or the baseline"
                    : delivered == null
                            ? "the value after delivery is the latest one entered on or after the delivery day"
                            : "enter a value measured on or after the delivery day, " + delivered;
            return new ImprovementOutcome(
                    item.getKpiKind(),
                    item.isKpiHigherIsBetter(),
                    beforeWindow,
                    null,
                    null,
                    null,
                    null,
                    Verdict.NOT_YET_MEASURABLE,
                    false,
                    why,
                    points);
        }
        KpiComparison c = KpiComparison.manual(before, after.get().value(), item.isKpiHigherIsBetter());
        return new ImprovementOutcome(
                item.getKpiKind(),
                item.isKpiHigherIsBetter(),
                beforeWindow,
                new ImprovementOutcome.Window(
                        after.get().on().atStartOfDay(ZoneOffset.UTC).toInstant(),
                        null,
                        null,
                        after.get().value()),
                c.difference(),
                null,
                null,
                c.verdict(),
                true,
                "values entered by hand carry no interval; after: the value of "
                        + after.get().on(),
                points);
    }

    private static LocalDate day(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private static ImprovementOutcome empty(ImprovementItem item, String why) {
        return new ImprovementOutcome(
                item.getKpiKind(),
                item.isKpiHigherIsBetter(),
                null,
                null,
                null,
                null,
                null,
                Verdict.NOT_YET_MEASURABLE,
                false,
                why,
                List.of());
    }

    private List<ImprovementOutcome.Point> weeks(ImprovementItem item, Instant from, Instant to, boolean after) {
        List<ImprovementOutcome.Point> points = new ArrayList<>();
        if (!weekly) {
            return points;
        }
        Instant start = from;
        while (start.isBefore(to) && points.size() < MAX_WEEKS) {
            Instant end = start.plus(Duration.ofDays(7));
            if (end.isAfter(to)) {
                end = to;
            }
            KpiSample s = meter.measure(item.getKpiKind(), ScoreKeeper.scopeOf(item), start, end);
            points.add(new ImprovementOutcome.Point(start, s.n(), finite(s.value()), after));
            start = end;
        }
        return points;
    }

    private static String explain(KpiComparison c, KpiKind kind) {
        if (c.verdict() == Verdict.NOT_YET_MEASURABLE) {
            return "a window has no data for this KPI";
        }
        return String.format(
                java.util.Locale.ROOT,
                "%s %.1f before, %.1f after: %+.1f (95%% interval %+.1f to %+.1f)",
                kind,
                c.before(),
                c.after(),
                c.difference(),
                c.lower(),
                c.upper());
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
