package dev.gemba.finding.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.finding.control.CoverageGapDetector.GapCell;
import dev.gemba.touchpoint.entity.LifecyclePhase;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The counts {@link CoverageGapDetector} tests, in two aggregate queries: each service's feedback
 * in the recent period (all and negative), and which lifecycle phases each service had a touchpoint
 * in within the coverage threshold ({@code gemba.coverage.stale.days}, the heatmap's threshold).
 */
@Dependent
public class CoverageGapCounts {

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "gemba.coverage.stale.days", defaultValue = "90")
    int staleDays;

    /** Every service with feedback since {@code recent}: its counts, the others' and its gap phases. */
    public List<GapCell> cells(Instant recent, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> feedback = em.createNativeQuery("select s.service_id, count(*),"
                        + " sum(case when coalesce(f.corrected_sentiment, f.sentiment) = 'NEGATIVE' then 1 else 0 end)"
                        + " from feedback f join feedback_service s on s.feedback_id = f.id"
                        + " where f.received_at >= :recent and f.received_at < :now group by s.service_id")
                .setParameter("recent", recent)
                .setParameter("now", now)
                .getResultList();
        @SuppressWarnings("unchecked")
        List<Object[]> covered = em.createNativeQuery("select distinct ts.service_id, t.phase from touchpoint t"
                        + " join touchpoint_service ts on ts.touchpoint_id = t.id"
                        + " where t.occurred_at >= :since and t.occurred_at < :now")
                .setParameter("since", now.minus(Duration.ofDays(staleDays)))
                .setParameter("now", now)
                .getResultList();
        Map<Long, Set<String>> phases = new HashMap<>();
        for (Object[] r : covered) {
            phases.computeIfAbsent(((Number) r[0]).longValue(), k -> new HashSet<>())
                    .add((String) r[1]);
        }
        long total = 0;
        long negative = 0;
        for (Object[] r : feedback) {
            total += n(r[1]);
            negative += n(r[2]);
        }
        List<GapCell> cells = new ArrayList<>();
        for (Object[] r : feedback) {
            long service = ((Number) r[0]).longValue();
            Set<String> seen = phases.getOrDefault(service, Set.of());
            String gaps = Stream.of(LifecyclePhase.values())
                    .map(Enum::name)
                    .filter(p -> !seen.contains(p))
                    .collect(Collectors.joining(","));
            cells.add(new GapCell(service, gaps, staleDays, n(r[1]), n(r[2]), total - n(r[1]), negative - n(r[2])));
        }
        return cells;
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
