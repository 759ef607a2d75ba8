package dev.gemba.improvement.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import dev.gemba.improvement.entity.KpiValue;

/**
 * A manual KPI's history as it counts: one value per day, the newest entry of each day (a
 * correction is entered again for the same day). The outcome compares the baseline (typed in, else
 * the latest value on or before the approval day) with the latest value on or after the delivery
 * day. Immutable and thread-safe.
 */
public final class ManualKpiHistory {

    /** The value that counts for one day. */
    public record Day(LocalDate on, double value) {}

    private final TreeMap<LocalDate, Double> days = new TreeMap<>();

    private ManualKpiHistory(List<Day> entries) {
        entries.forEach(d -> days.put(d.on(), d.value()));
    }

    /** @param entries in the order they were entered (a later entry of a day replaces an earlier one) */
    public static ManualKpiHistory of(List<Day> entries) {
        return new ManualKpiHistory(entries);
    }

    public static ManualKpiHistory ofValues(List<KpiValue> values) {
        return of(values.stream()
                .map(v -> new Day(v.getMeasuredOn(), v.getValue()))
                .toList());
    }

    public boolean isEmpty() {
        return days.isEmpty();
    }

    public List<Day> days() {
        return days.entrySet().stream()
                .map(e -> new Day(e.getKey(), e.getValue()))
                .toList();
    }

    /** The latest value measured on or before {@code day}. */
    public Optional<Day> onOrBefore(LocalDate day) {
        var e = days.floorEntry(day);
        return e == null ? Optional.empty() : Optional.of(new Day(e.getKey(), e.getValue()));
    }

    /** The latest value of all, if it was measured on or after {@code day}. */
    public Optional<Day> latestSince(LocalDate day) {
        if (days.isEmpty() || days.lastKey().isBefore(day)) {
            return Optional.empty();
        }
        return Optional.of(new Day(days.lastKey(), days.lastEntry().getValue()));
    }

    public Optional<Day> latest() {
        return days.isEmpty()
                ? Optional.empty()
                : Optional.of(new Day(days.lastKey(), days.lastEntry().getValue()));
    }
}
