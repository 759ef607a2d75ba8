package dev.gemba.finding.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.finding.boundary.DetectionRun;
import dev.gemba.finding.control.TrendDetector.Cell;
import dev.gemba.finding.control.TrendDetector.Guard;
import dev.gemba.finding.control.TrendDetector.Signal;
import dev.gemba.finding.entity.FindingSuggestion;
import dev.gemba.finding.entity.SuggestionKind;
import dev.gemba.finding.entity.SuggestionStatus;

/**
 * One detector run: counts every topic per service and per business unit in the recent
 * {@value #RECENT_DAYS} days and the {@value #BASE_DAYS} days before (aggregated in the database),
 * lets {@link TrendDetector} pick the signals, and records them as suggestions: new signals are
 * added, pending ones refreshed, dismissed ones reopened only when they have grown materially,
 * accepted ones left alone.
 */
@Dependent
public class SuggestionDetector {

    public static final int RECENT_DAYS = 7;
    public static final int BASE_DAYS = 56;
    private static final String EFFECTIVE = "coalesce(f.corrected_sentiment, f.sentiment)";

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    /** Takes the run for this node if none ran within {@code interval}; false when another node has it. */
    public boolean claim(Instant now, Duration interval) {
        return em.createNativeQuery(
                                "update finding_detector set last_run_at = :now where id = 1 and last_run_at < :due")
                        .setParameter("now", now)
                        .setParameter("due", now.minus(interval))
                        .executeUpdate()
                == 1;
    }

    public DetectionRun run(Instant now) {
        Instant recent = now.minus(Duration.ofDays(RECENT_DAYS));
        Instant base = recent.minus(Duration.ofDays(BASE_DAYS));
        List<Cell> cells = new ArrayList<>();
        cells.addAll(
                cells("service", "join feedback_service s on s.feedback_id = f.id", "s.service_id", recent, base, now));
        cells.addAll(cells("unit", "", "f.business_unit_id", recent, base, now));
        List<Signal> signals = new TrendDetector(Guard.DEFAULT).detect(cells);
        int created = 0;
        int refreshed = 0;
        int reopened = 0;
        for (Signal signal : signals) {
            var existing = em.createQuery(
                            "select s from FindingSuggestion s where s.signalKey = :key", FindingSuggestion.class)
                    .setParameter("key", signal.key())
                    .getResultStream()
                    .findFirst();
            FindingSuggestion suggestion;
            if (existing.isEmpty()) {
                Cell c = signal.cell();
                suggestion = new FindingSuggestion(
                        signal.key(),
                        SuggestionKind.TOPIC_TREND,
                        signal.measure().name(),
                        c.serviceId(),
                        c.businessUnitId(),
                        c.topic());
                observe(suggestion, signal, recent, base, now);
                em.persist(suggestion);
                created++;
                continue;
            } else {
                suggestion = existing.get();
                if (suggestion.getStatus() == SuggestionStatus.ACCEPTED) {
                    continue;
                }
                long count = signal.measure() == TrendDetector.Measure.NEGATIVE_SHARE
                        ? signal.cell().recentNegative()
                        : signal.cell().recentTotal();
                if (suggestion.getStatus() == SuggestionStatus.DISMISSED) {
                    if (!suggestion.grewMateriallySinceDismissal(count)) {
                        continue;
                    }
                    suggestion.reopen();
                    reopened++;
                } else {
                    refreshed++;
                }
            }
            observe(suggestion, signal, recent, base, now);
        }
        em.flush();
        return new DetectionRun(now, cells.size(), signals.size(), created, refreshed, reopened);
    }

    private static void observe(FindingSuggestion s, Signal signal, Instant recent, Instant base, Instant now) {
        Cell c = signal.cell();
        s.observed(
                recent,
                now,
                base,
                c.recentTotal(),
                c.recentNegative(),
                c.baseTotal(),
                c.baseNegative(),
                signal.p(),
                signal.q(),
                now);
    }

    private List<Cell> cells(String prefix, String join, String column, Instant recent, Instant base, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + column + ", t.topic,"
                        + " sum(case when f.received_at >= :recent then 1 else 0 end),"
                        + " sum(case when f.received_at >= :recent and " + EFFECTIVE
                        + " = 'NEGATIVE' then 1 else 0 end),"
                        + " sum(case when f.received_at < :recent then 1 else 0 end),"
                        + " sum(case when f.received_at < :recent and " + EFFECTIVE + " = 'NEGATIVE' then 1 else 0 end)"
                        + " from feedback f join feedback_topic t on t.feedback_id = f.id " + join
                        + " where f.received_at >= :base and f.received_at < :now and " + column + " is not null"
                        + " group by " + column + ", t.topic")
                .setParameter("recent", recent)
                .setParameter("base", base)
                .setParameter("now", now)
                .getResultList();
        List<Cell> cells = new ArrayList<>();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            String topic = (String) r[1];
            cells.add(new Cell(
                    prefix + ":" + id + "|topic:" + topic,
                    prefix.equals("service") ? id : null,
                    prefix.equals("unit") ? id : null,
                    topic,
                    n(r[2]),
                    n(r[3]),
                    n(r[4]),
                    n(r[5]),
                    RECENT_DAYS,
                    BASE_DAYS));
        }
        return cells;
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
