package dev.gemba.touchpoint.control;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.platform.control.SqlValues;
import dev.gemba.touchpoint.boundary.CoverageDimension;
import dev.gemba.touchpoint.boundary.CoverageMatrix;
import dev.gemba.touchpoint.boundary.CoverageMatrix.CoverageCell;
import dev.gemba.touchpoint.boundary.CoverageMatrix.CoverageRow;
import dev.gemba.touchpoint.boundary.CoverageMatrix.Gap;
import dev.gemba.touchpoint.boundary.CoverageQuery;
import dev.gemba.touchpoint.entity.InformationItem;
import dev.gemba.touchpoint.entity.LifecyclePhase;

/**
 * Computes the coverage matrix in one aggregate pass over the period's touchpoints: count, last
 * time and the OR of their information masks per row and phase. Its cost grows with the
 * touchpoints in the period, read once, and nothing but the cells is loaded into memory.
 * Native SQL because JPQL has no bitwise aggregate; bit_or exists on PostgreSQL and H2 alike.
 */
@Dependent
public class CoverageCalculator {

    private static final String BY_SERVICE =
            "select ts.service_id, t.phase, count(*), max(t.occurred_at), bit_or(t.information_mask)"
                    + " from touchpoint t join touchpoint_service ts on ts.touchpoint_id = t.id"
                    + " where t.occurred_at >= ?1 and t.occurred_at < ?2%s group by ts.service_id, t.phase";
    private static final String BY_BUSINESS_UNIT =
            "select t.business_unit_id, t.phase, count(*), max(t.occurred_at), bit_or(t.information_mask)"
                    + " from touchpoint t where t.occurred_at >= ?1 and t.occurred_at < ?2%s"
                    + " group by t.business_unit_id, t.phase";

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    @Inject
    VocabularyRepository vocabulary;

    /** One cell's aggregate. */
    private record Aggregate(long touchpoints, Instant lastAt, long captured) {}

    public CoverageMatrix compute(CoverageQuery query) {
        boolean byService = query.dimension() == CoverageDimension.SERVICE;
        String only = query.only() == null ? "" : byService ? " where s.id = :only" : " where b.id = :only";
        var rowQuery = em.createQuery(
                byService
                        ? "select s.id, s.name from ItService s" + only + " order by s.nameKey"
                        : "select b.id, b.name from BusinessUnit b" + only + " order by b.nameKey",
                Object[].class);
        if (query.only() != null) {
            rowQuery.setParameter("only", query.only());
        }
        List<Object[]> rows = rowQuery.getResultList();
        Map<Long, Map<LifecyclePhase, Aggregate>> aggregates = aggregates(query, byService);
        Map<LifecyclePhase, List<InformationItem>> checklist = new EnumMap<>(LifecyclePhase.class);
        for (InformationItem item : vocabulary.list(InformationItem.class, null, false)) {
            checklist.computeIfAbsent(item.getPhase(), p -> new ArrayList<>()).add(item);
        }
        checklist.values().forEach(items -> items.sort((a, b) -> Integer.compare(a.getPosition(), b.getPosition())));
        Instant staleBefore = query.to().minus(query.staleAfterDays(), ChronoUnit.DAYS);
        List<LifecyclePhase> phases = List.of(LifecyclePhase.values());
        List<CoverageRow> matrix = new ArrayList<>(rows.size());
        long gaps = 0;
        for (Object[] row : rows) {
            long id = ((Number) row[0]).longValue();
            Map<LifecyclePhase, Aggregate> byPhase = aggregates.getOrDefault(id, Map.of());
            List<CoverageCell> cells = new ArrayList<>(phases.size());
            for (LifecyclePhase phase : phases) {
                Aggregate agg = byPhase.getOrDefault(phase, new Aggregate(0, null, 0));
                Gap gap = agg.touchpoints() == 0
                        ? Gap.NO_TOUCHPOINT
                        : agg.lastAt().isBefore(staleBefore) ? Gap.STALE : null;
                gaps += gap == null ? 0 : 1;
                List<String> missing = checklist.getOrDefault(phase, List.of()).stream()
                        .filter(item -> (agg.captured() & InformationItem.bit(item.getPosition())) == 0)
                        .map(InformationItem::label)
                        .toList();
                cells.add(new CoverageCell(phase, agg.touchpoints(), agg.lastAt(), missing, gap));
            }
            matrix.add(new CoverageRow(id, (String) row[1], cells));
        }
        return new CoverageMatrix(
                query.dimension(), query.from(), query.to(), query.staleAfterDays(), phases, matrix, gaps);
    }

    private Map<Long, Map<LifecyclePhase, Aggregate>> aggregates(CoverageQuery query, boolean byService) {
        String only =
                query.only() == null ? "" : byService ? " and ts.service_id = ?3" : " and t.business_unit_id = ?3";
        var aggregate = em.createNativeQuery(String.format(byService ? BY_SERVICE : BY_BUSINESS_UNIT, only))
                .setParameter(1, query.from())
                .setParameter(2, query.to());
        if (query.only() != null) {
            aggregate.setParameter(3, query.only());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> result = aggregate.getResultList();
        Map<Long, Map<LifecyclePhase, Aggregate>> aggregates = new HashMap<>();
        for (Object[] r : result) {
            aggregates
                    .computeIfAbsent(((Number) r[0]).longValue(), k -> new EnumMap<>(LifecyclePhase.class))
                    .put(
                            LifecyclePhase.valueOf((String) r[1]),
                            new Aggregate(
                                    ((Number) r[2]).longValue(), SqlValues.instant(r[3]), ((Number) r[4]).longValue()));
        }
        return aggregates;
    }
}
