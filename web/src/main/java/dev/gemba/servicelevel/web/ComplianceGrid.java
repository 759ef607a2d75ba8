package dev.gemba.servicelevel.web;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.gemba.servicelevel.boundary.AgreementCompliance;
import dev.gemba.servicelevel.boundary.AgreementRef;
import dev.gemba.servicelevel.boundary.TargetCompliance;
import dev.gemba.servicelevel.boundary.TargetDetails;
import dev.gemba.servicelevel.boundary.Trend;

/**
 * An agreement's compliance as the compliance page lays it out: a row per target, a column per
 * month, each cell the month's figure or null when there is none.
 */
public record ComplianceGrid(AgreementRef agreement, Trend trend, List<YearMonth> months, List<Row> rows)
        implements Serializable {

    /** A target and its figures by month. */
    public record Row(TargetDetails target, List<TargetCompliance> cells) implements Serializable {}

    static ComplianceGrid of(AgreementCompliance compliance, YearMonth from, YearMonth to) {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        Map<Long, TargetDetails> targets = new LinkedHashMap<>();
        Map<String, TargetCompliance> cells = new LinkedHashMap<>();
        for (TargetCompliance f : compliance.figures()) {
            targets.putIfAbsent(f.target().id(), f.target());
            cells.put(f.target().id() + "@" + f.period(), f);
        }
        List<Row> rows = targets.values().stream()
                .map(t -> new Row(
                        t, months.stream().map(m -> cells.get(t.id() + "@" + m)).toList()))
                .toList();
        return new ComplianceGrid(compliance.agreement(), compliance.trend(), months, rows);
    }
}
