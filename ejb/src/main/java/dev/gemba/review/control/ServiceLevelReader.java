package dev.gemba.review.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;

import dev.gemba.catalog.entity.BusinessUnit;
import dev.gemba.catalog.entity.ItService;
import dev.gemba.review.boundary.ReviewPack.ServiceLevelLine;
import dev.gemba.review.boundary.ReviewPack.ServiceLevels;
import dev.gemba.review.boundary.ReviewPack.TierLine;
import dev.gemba.servicelevel.boundary.ComplianceReport;
import dev.gemba.servicelevel.boundary.ComplianceStatus;
import dev.gemba.servicelevel.boundary.ServiceLevelService;
import dev.gemba.servicelevel.boundary.TargetCompliance;
import dev.gemba.servicelevel.boundary.TargetDetails;
import dev.gemba.servicelevel.boundary.TierFigure;

/**
 * The pack's SLA/OLA and tiered-support section, read through the service-level feature's boundary:
 * the unit's agreements (its SLAs, SLAs with all units, OLAs of the services it consumes), or the
 * review's one service's agreements with the unit or all units, over the months of the period.
 */
@Dependent
public class ServiceLevelReader {

    static final String NO_AGREEMENTS = "No service level agreements are recorded for these services.";

    static final String UNAVAILABLE = "Service level figures could not be read; see the server log.";
    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(ServiceLevelReader.class.getName());

    @EJB
    ServiceLevelFigures serviceLevels;

    public ServiceLevels read(BusinessUnit unit, ItService service, LocalDate from, LocalDate to) {
        YearMonth first = YearMonth.from(from);
        YearMonth last = YearMonth.from(to);
        if (first.plusMonths(ServiceLevelService.MAX_MONTHS).isBefore(last.plusMonths(1))) {
            first = last.minusMonths(ServiceLevelService.MAX_MONTHS - 1L);
        }
        ComplianceReport report;
        try {
            report = service == null
                    ? serviceLevels.forUnit(unit.getId(), first, last)
                    : serviceLevels.forService(service.getId(), first, last);
        } catch (RuntimeException e) { // its own transaction sees only committed data (not the demo's, while loading)
            LOG.log(java.util.logging.Level.WARNING, "service level figures for a review pack failed", e);
            return new ServiceLevels(List.of(), List.of(), UNAVAILABLE);
        }
        Map<Long, List<TargetCompliance>> byTarget = new LinkedHashMap<>();
        for (TargetCompliance f : report.figures()) {
            boolean ours = f.agreement().businessUnitId() == null
                    || f.agreement().businessUnitId().equals(unit.getId());
            if (ours && !f.period().isBefore(YearMonth.from(from))) {
                byTarget.computeIfAbsent(f.target().id(), k -> new ArrayList<>())
                        .add(f);
            }
        }
        List<ServiceLevelLine> lines = new ArrayList<>();
        for (List<TargetCompliance> months : byTarget.values()) {
            months.sort(Comparator.comparing(TargetCompliance::period));
            TargetCompliance latest = months.get(months.size() - 1);
            lines.add(new ServiceLevelLine(
                    latest.agreement().code() + " " + latest.agreement().name(),
                    latest.agreement().kind().name(),
                    latest.agreement().serviceName(),
                    target(latest.target()),
                    number(latest.targetValue()),
                    number(latest.measured()),
                    latest.status().name(),
                    months.stream()
                            .filter(m -> m.status() == ComplianceStatus.BREACHED)
                            .count(),
                    months.stream().map(m -> m.status().name()).toList()));
        }
        List<TierLine> tiers = latestTiers(report.tiers(), unit.getId());
        return new ServiceLevels(lines, tiers, lines.isEmpty() ? NO_AGREEMENTS : null);
    }

    /** Each agreement's tier figures of its latest month in the period. */
    private static List<TierLine> latestTiers(List<TierFigure> figures, long unitId) {
        Map<String, TierFigure> latest = new LinkedHashMap<>();
        for (TierFigure t : figures) {
            if (t.agreement().businessUnitId() != null
                    && !t.agreement().businessUnitId().equals(unitId)) {
                continue;
            }
            String key = t.agreement().id() + "/" + t.level();
            TierFigure known = latest.get(key);
            if (known == null || known.period().isBefore(t.period())) {
                latest.put(key, t);
            }
        }
        return latest.values().stream()
                .sorted(Comparator.comparing((TierFigure t) -> t.agreement().code())
                        .thenComparingInt(TierFigure::level))
                .map(t -> new TierLine(
                        t.agreement().code() + " " + t.agreement().name(),
                        t.period().toString(),
                        t.level(),
                        number(t.measured()),
                        number(t.shareOfAll()),
                        number(t.targetValue()),
                        t.status() == null ? null : t.status().name()))
                .toList();
    }

    static String target(TargetDetails t) {
        StringBuilder label = new StringBuilder(t.kind().name());
        if (t.priority() != null) {
            label.append(' ').append(t.priority().name());
        }
        if (t.withinMinutes() != null) {
            label.append(" ≤ ").append(t.withinMinutes()).append(" min");
        }
        return label.toString();
    }

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }
}
