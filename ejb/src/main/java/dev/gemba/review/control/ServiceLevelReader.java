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
import dev.gemba.review.boundary.StoryScope;
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
        return summarise(report.figures(), report.tiers(), unit.getId(), YearMonth.from(from));
    }

    /** The story's scope: a unit's agreements, a service's, or (for everything) those of every service named. */
    public ServiceLevels read(StoryScope scope, List<Long> serviceIds, LocalDate from, LocalDate to) {
        YearMonth first = YearMonth.from(from);
        YearMonth last = YearMonth.from(to);
        List<TargetCompliance> figures = new ArrayList<>();
        List<TierFigure> tiers = new ArrayList<>();
        try {
            List<ComplianceReport> reports =
                    switch (scope.kind()) {
                        case UNIT -> List.of(serviceLevels.forUnit(scope.id(), first, last));
                        case SERVICE -> List.of(serviceLevels.forService(scope.id(), first, last));
                        case ALL -> serviceIds.stream()
                                .map(id -> serviceLevels.forService(id, first, last))
                                .toList();
                    };
            // an agreement belongs to one service, so the reports of several services never overlap
            reports.forEach(r -> {
                figures.addAll(r.figures());
                tiers.addAll(r.tiers());
            });
        } catch (RuntimeException e) {
            LOG.log(java.util.logging.Level.WARNING, "service level figures for a support story failed", e);
            return new ServiceLevels(List.of(), List.of(), UNAVAILABLE);
        }
        return summarise(figures, tiers, scope.unitId(), first);
    }

    /**
     * A line per target from the month {@code from} on, and each agreement's latest tier figures; with a
     * unit, only its own SLAs and those with all units (and OLAs).
     */
    ServiceLevels summarise(List<TargetCompliance> figures, List<TierFigure> tierFigures, Long unitId, YearMonth from) {
        Map<Long, List<TargetCompliance>> byTarget = new LinkedHashMap<>();
        for (TargetCompliance f : figures) {
            boolean ours = unitId == null
                    || f.agreement().businessUnitId() == null
                    || f.agreement().businessUnitId().equals(unitId);
            if (ours && !f.period().isBefore(from)) {
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
        List<TierLine> tiers = latestTiers(tierFigures, unitId);
        return new ServiceLevels(lines, tiers, lines.isEmpty() ? NO_AGREEMENTS : null);
    }

    /** Each agreement's tier figures of its latest month in the period. */
    private static List<TierLine> latestTiers(List<TierFigure> figures, Long unitId) {
        Map<String, TierFigure> latest = new LinkedHashMap<>();
        for (TierFigure t : figures) {
            if (unitId != null
                    && t.agreement().businessUnitId() != null
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
