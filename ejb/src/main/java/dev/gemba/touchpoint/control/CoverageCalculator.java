package dev.gemba.touchpoint.control;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.touchpoint.boundary.CoverageDimension;
import dev.gemba.touchpoint.boundary.CoverageMatrix;
import dev.gemba.touchpoint.boundary.CoverageMatrix.CoverageCell;
import dev.gemba.touchpoint.boundary.CoverageMatrix.CoverageRow;
import dev.gemba.touchpoint.boundary.CoverageMatrix.Gap;
import dev.gemba.touchpoint.boundary.CoverageQuery;
import dev.gemba.touchpoint.entity.InformationItem;
import dev.gemba.touchpoint.entity.LifecyclePhase;

/**
 * Computes the coverage matrix with three aggregate queries (rows, counts per row and phase,
 * information items captured per row), so its cost grows with the number of cells, not with the
 * number of touchpoints loaded into memory.
 */
@Dependent
public class CoverageCalculator {

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    @Inject
    VocabularyRepository vocabulary;

    public CoverageMatrix compute(CoverageQuery query) {
        boolean byService = query.dimension() == CoverageDimension.SERVICE;
        List<Object[]> rows = em.createQuery(
                        byService
                                ? "select s.id, s.name from ItService s order by s.nameKey"
                                : "select b.id, b.name from BusinessUnit b order by b.nameKey",
                        Object[].class)
                .getResultList();
        Map<Long, Map<LifecyclePhase, Object[]>> counts = counts(query, byService);
        Map<Long, Set<Long>> captured = captured(query, byService);
        Map<LifecyclePhase, List<InformationItem>> checklist = new EnumMap<>(LifecyclePhase.class);
        for (InformationItem item : vocabulary.list(InformationItem.class, null, false)) {
            checklist.computeIfAbsent(item.getPhase(), p -> new ArrayList<>()).add(item);
        }
        Instant staleBefore = query.to().minus(query.staleAfterDays(), ChronoUnit.DAYS);
        List<LifecyclePhase> phases = List.of(LifecyclePhase.values());
        List<CoverageRow> matrix = new ArrayList<>(rows.size());
        long gaps = 0;
        for (Object[] row : rows) {
            long id = (Long) row[0];
            Map<LifecyclePhase, Object[]> byPhase = counts.getOrDefault(id, Map.of());
            Set<Long> seen = captured.getOrDefault(id, Set.of());
            List<CoverageCell> cells = new ArrayList<>(phases.size());
            for (LifecyclePhase phase : phases) {
                Object[] agg = byPhase.get(phase);
                long n = agg == null ? 0 : (Long) agg[0];
                Instant last = agg == null ? null : (Instant) agg[1];
                Gap gap = n == 0 ? Gap.NO_TOUCHPOINT : last.isBefore(staleBefore) ? Gap.STALE : null;
                gaps += gap == null ? 0 : 1;
                List<String> missing = checklist.getOrDefault(phase, List.of()).stream()
                        .filter(item -> !seen.contains(item.getId()))
                        .map(InformationItem::getName)
                        .toList();
                cells.add(new CoverageCell(phase, n, last, missing, gap));
            }
            matrix.add(new CoverageRow(id, (String) row[1], cells));
        }
        return new CoverageMatrix(
                query.dimension(), query.from(), query.to(), query.staleAfterDays(), phases, matrix, gaps);
    }

    private Map<Long, Map<LifecyclePhase, Object[]>> counts(CoverageQuery query, boolean byService) {
        List<Object[]> result = em.createQuery(
                        byService
                                ? "select s.id, t.phase, count(t), max(t.occurredAt) from Touchpoint t join t.services s"
                                        + " where t.occurredAt >= :from and t.occurredAt < :to group by s.id, t.phase"
                                : "select t.businessUnit.id, t.phase, count(t), max(t.occurredAt) from Touchpoint t"
                                        + " where t.occurredAt >= :from and t.occurredAt < :to"
                                        + " group by t.businessUnit.id, t.phase",
                        Object[].class)
                .setParameter("from", query.from())
                .setParameter("to", query.to())
                .getResultList();
        Map<Long, Map<LifecyclePhase, Object[]>> counts = new HashMap<>();
        for (Object[] r : result) {
            counts.computeIfAbsent((Long) r[0], k -> new EnumMap<>(LifecyclePhase.class))
                    .put((LifecyclePhase) r[1], new Object[] {r[2], r[3]});
        }
        return counts;
    }

    /** Information items are phase-bound, so captured item ids per row suffice. */
    private Map<Long, Set<Long>> captured(CoverageQuery query, boolean byService) {
        List<Object[]> result = em.createQuery(
                        byService
                                ? "select distinct s.id, i.id from Touchpoint t join t.services s"
                                        + " join t.informationCaptured i"
                                        + " where t.occurredAt >= :from and t.occurredAt < :to"
                                : "select distinct t.businessUnit.id, i.id from Touchpoint t"
                                        + " join t.informationCaptured i"
                                        + " where t.occurredAt >= :from and t.occurredAt < :to",
                        Object[].class)
                .setParameter("from", query.from())
                .setParameter("to", query.to())
                .getResultList();
        Map<Long, Set<Long>> captured = new HashMap<>();
        for (Object[] r : result) {
            captured.computeIfAbsent((Long) r[0], k -> new HashSet<>()).add((Long) r[1]);
        }
        return captured;
    }
}
