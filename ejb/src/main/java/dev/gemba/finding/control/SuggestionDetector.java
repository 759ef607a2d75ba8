package dev.gemba.finding.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.finding.boundary.DetectionRun;
import dev.gemba.finding.control.ChangeImpactDetector.ChangeCell;
import dev.gemba.finding.control.CoverageGapDetector.GapCell;
import dev.gemba.finding.control.ScoreDropDetector.Score;
import dev.gemba.finding.control.ScoreDropDetector.ScoreCell;
import dev.gemba.finding.control.TrendDetector.Cell;
import dev.gemba.finding.control.TrendDetector.Guard;
import dev.gemba.finding.entity.FindingSuggestion;
import dev.gemba.finding.entity.SuggestionKind;
import dev.gemba.finding.entity.SuggestionStatus;

/**
 * One detector run: counts every topic per service and per business unit in the recent
 * {@value #RECENT_DAYS} days and the {@value #BASE_DAYS} days before (aggregated in the database),
 * the CSAT and NPS responses per service and business unit over the same periods, and each
 * service's feedback around recent Transition-phase touchpoints, and the services with a coverage
 * gap against their recent feedback ({@link CoverageGapCounts}); {@link TrendDetector},
 * {@link ScoreDropDetector}, {@link ChangeImpactDetector} and {@link CoverageGapDetector} test them, one Benjamini–Hochberg step
 * ({@link FalseDiscovery}) covers every test of the run, and the signals are recorded as suggestions: new signals are
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

    @Inject
    CoverageGapCounts coverage;

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
        List<ScoreCell> scores = new ArrayList<>();
        scores.addAll(scoreCells("service", "r.service_id", recent, base, now));
        scores.addAll(scoreCells("unit", "r.business_unit_id", recent, base, now));
        List<ChangeCell> changes = changeCells(now);
        List<GapCell> gaps = coverage.cells(recent, now);
        Guard guard = Guard.DEFAULT;
        // one Benjamini–Hochberg step over every test of the run, whatever its kind
        List<FalseDiscovery.Candidate> tests = new ArrayList<>();
        tests.addAll(new TrendDetector(guard).candidates(cells));
        tests.addAll(new ScoreDropDetector(guard).candidates(scores));
        tests.addAll(new ChangeImpactDetector(guard).candidates(changes));
        tests.addAll(new CoverageGapDetector(guard).candidates(gaps));
        List<FalseDiscovery.Discovery> found = FalseDiscovery.select(tests, guard.fdr());
        int[] outcome = new int[3];
        for (FalseDiscovery.Discovery d : found) {
            Observation o = observation(d, recent, base, now);
            int result = record(o, d, now);
            if (result >= 0) {
                outcome[result]++;
            }
        }
        em.flush();
        return new DetectionRun(
                now,
                cells.size() + scores.size() + changes.size() + gaps.size(),
                found.size(),
                outcome[0],
                outcome[1],
                outcome[2]);
    }

    /** What a discovery is recorded as: its key, scope, windows and counts. */
    private record Observation(
            String key,
            SuggestionKind kind,
            Long serviceId,
            Long businessUnitId,
            String topic,
            Instant recentFrom,
            Instant recentTo,
            Instant baseFrom,
            long recentTotal,
            long recentNegative,
            long baseTotal,
            long baseNegative,
            GapCell gap) {}

    private static Observation observation(FalseDiscovery.Discovery d, Instant recent, Instant base, Instant now) {
        if (d.subject() instanceof ScoreCell c) {
            return new Observation(
                    d.measure() + "|" + c.key(),
                    SuggestionKind.SCORE_DROP,
                    c.serviceId(),
                    c.businessUnitId(),
                    null,
                    recent,
                    now,
                    base,
                    c.recentTotal(),
                    c.recentBad(),
                    c.baseTotal(),
                    c.baseBad(),
                    null);
        }
        if (d.subject() instanceof ChangeCell c) {
            return new Observation(
                    d.measure() + "|" + c.key(),
                    SuggestionKind.CHANGE_IMPACT,
                    c.serviceId(),
                    null,
                    null,
                    c.changedAt(),
                    c.changedAt().plusSeconds(Math.round(c.afterDays() * 86400)),
                    c.changedAt().minusSeconds(Math.round(c.baseDays() * 86400)),
                    c.afterTotal(),
                    c.afterNegative(),
                    c.baseTotal(),
                    c.baseNegative(),
                    null);
        }
        if (d.subject() instanceof GapCell c) {
            // the comparison is the other services in the same days: the baseline starts where the recent period does
            return new Observation(
                    d.measure() + "|" + c.key(),
                    SuggestionKind.COVERAGE_GAP,
                    c.serviceId(),
                    null,
                    null,
                    recent,
                    now,
                    recent,
                    c.recentTotal(),
                    c.recentNegative(),
                    c.othersTotal(),
                    c.othersNegative(),
                    c);
        }
        Cell c = (Cell) d.subject();
        return new Observation(
                d.measure() + "|" + c.key(),
                SuggestionKind.TOPIC_TREND,
                c.serviceId(),
                c.businessUnitId(),
                c.topic(),
                recent,
                now,
                base,
                c.recentTotal(),
                c.recentNegative(),
                c.baseTotal(),
                c.baseNegative(),
                null);
    }

    /**
     * Adds (0), refreshes (1) or reopens (2) the suggestion of a discovery; -1 when it is accepted, or
     * dismissed and not grown materially since.
     */
    private int record(Observation o, FalseDiscovery.Discovery d, Instant now) {
        var existing = em.createQuery(
                        "select s from FindingSuggestion s where s.signalKey = :key", FindingSuggestion.class)
                .setParameter("key", o.key())
                .getResultStream()
                .findFirst();
        FindingSuggestion suggestion;
        int result;
        if (existing.isEmpty()) {
            suggestion =
                    new FindingSuggestion(o.key(), o.kind(), d.measure(), o.serviceId(), o.businessUnitId(), o.topic());
            result = 0;
        } else {
            suggestion = existing.get();
            if (suggestion.getStatus() == SuggestionStatus.ACCEPTED) {
                return -1;
            }
            long count = FindingSuggestion.countsNegative(o.kind(), d.measure()) ? o.recentNegative() : o.recentTotal();
            if (suggestion.getStatus() == SuggestionStatus.DISMISSED) {
                if (!suggestion.grewMateriallySinceDismissal(count)) {
                    return -1;
                }
                suggestion.reopen();
                result = 2;
            } else {
                result = 1;
            }
        }
        suggestion.observed(
                o.recentFrom(),
                o.recentTo(),
                o.baseFrom(),
                o.recentTotal(),
                o.recentNegative(),
                o.baseTotal(),
                o.baseNegative(),
                d.p(),
                d.q(),
                now);
        if (o.gap() != null) {
            suggestion.coverageGap(o.gap().gapPhases(), o.gap().staleDays());
        }
        if (result == 0) {
            em.persist(suggestion);
        }
        return result;
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

    /** CSAT and NPS responses per service or business unit, recent and baseline. */
    private List<ScoreCell> scoreCells(String prefix, String column, Instant recent, Instant base, Instant now) {
        String newer = "r.submitted_at >= :recent";
        String older = "r.submitted_at < :recent";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + column + ","
                        + sum(newer + " and r.csat is not null") + "," + sum(newer + " and r.csat < 4") + ","
                        + sum(older + " and r.csat is not null") + "," + sum(older + " and r.csat < 4") + ","
                        + sum(newer + " and r.nps is not null") + "," + sum(newer + " and r.nps <= 6") + ","
                        + sum(newer + " and r.nps >= 9") + "," + sum(older + " and r.nps is not null") + ","
                        + sum(older + " and r.nps <= 6") + "," + sum(older + " and r.nps >= 9")
                        + " from survey_response r where r.submitted_at >= :base and r.submitted_at < :now and "
                        + column + " is not null group by " + column)
                .setParameter("recent", recent)
                .setParameter("base", base)
                .setParameter("now", now)
                .getResultList();
        List<ScoreCell> cells = new ArrayList<>();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            Long service = prefix.equals("service") ? id : null;
            Long unit = prefix.equals("unit") ? id : null;
            String key = prefix + ":" + id;
            if (n(r[1]) + n(r[3]) > 0) {
                long recentTotal = n(r[1]);
                long baseTotal = n(r[3]);
                cells.add(new ScoreCell(
                        key,
                        service,
                        unit,
                        Score.CSAT,
                        recentTotal,
                        n(r[2]),
                        recentTotal - n(r[2]),
                        baseTotal,
                        n(r[4]),
                        baseTotal - n(r[4])));
            }
            if (n(r[5]) + n(r[8]) > 0) {
                cells.add(new ScoreCell(
                        key, service, unit, Score.NPS, n(r[5]), n(r[6]), n(r[7]), n(r[8]), n(r[9]), n(r[10])));
            }
        }
        return cells;
    }

    private static String sum(String condition) {
        return " sum(case when " + condition + " then 1 else 0 end)";
    }

    /**
     * Every service of a Transition-phase touchpoint between {@value ChangeImpactDetector#MAX_AFTER_DAYS}
     * and {@value ChangeImpactDetector#MIN_AFTER_DAYS} days ago, with the service's feedback from the
     * change to now (at most {@value ChangeImpactDetector#MAX_AFTER_DAYS} days) and in the
     * {@value ChangeImpactDetector#BASE_DAYS} days before it.
     */
    private List<ChangeCell> changeCells(Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> touchpoints = em.createNativeQuery("select t.id, ts.service_id, t.occurred_at from touchpoint t"
                        + " join touchpoint_service ts on ts.touchpoint_id = t.id where t.phase = 'TRANSITION'"
                        + " and t.occurred_at >= :earliest and t.occurred_at <= :latest order by t.occurred_at, t.id")
                .setParameter("earliest", now.minus(Duration.ofDays(ChangeImpactDetector.MAX_AFTER_DAYS)))
                .setParameter("latest", now.minus(Duration.ofDays(ChangeImpactDetector.MIN_AFTER_DAYS)))
                .getResultList();
        List<ChangeCell> cells = new ArrayList<>();
        for (Object[] t : touchpoints) {
            Instant at = instant(t[2]);
            Instant to = at.plus(Duration.ofDays(ChangeImpactDetector.MAX_AFTER_DAYS));
            to = to.isAfter(now) ? now : to;
            Instant from = at.minus(Duration.ofDays(ChangeImpactDetector.BASE_DAYS));
            Object[] r = (Object[]) em.createNativeQuery("select" + sum("f.received_at >= :at") + ","
                            + sum("f.received_at >= :at and " + EFFECTIVE + " = 'NEGATIVE'") + ","
                            + sum("f.received_at < :at") + ","
                            + sum("f.received_at < :at and " + EFFECTIVE + " = 'NEGATIVE'")
                            + " from feedback f join feedback_service s on s.feedback_id = f.id"
                            + " where s.service_id = :service and f.received_at >= :from and f.received_at < :to")
                    .setParameter("at", at)
                    .setParameter("service", ((Number) t[1]).longValue())
                    .setParameter("from", from)
                    .setParameter("to", to)
                    .getSingleResult();
            cells.add(new ChangeCell(
                    ((Number) t[0]).longValue(),
                    ((Number) t[1]).longValue(),
                    at,
                    n(r[0]),
                    n(r[1]),
                    Duration.between(at, to).toSeconds() / 86400.0,
                    n(r[2]),
                    n(r[3]),
                    ChangeImpactDetector.BASE_DAYS));
        }
        return cells;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.time.ZonedDateTime z) {
            return z.toInstant();
        }
        if (value instanceof java.time.LocalDateTime l) {
            return l.toInstant(java.time.ZoneOffset.UTC);
        }
        return ((java.util.Date) value).toInstant();
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
