package dev.gemba.finding.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import dev.gemba.finding.boundary.Estimate;
import dev.gemba.finding.boundary.EvidenceEntry;
import dev.gemba.finding.boundary.FindingImpact;
import dev.gemba.finding.boundary.Proportion;
import dev.gemba.finding.boundary.TrendPoint;
import dev.gemba.finding.boundary.Verbatim;
import dev.gemba.finding.entity.EvidenceKind;
import dev.gemba.finding.entity.EvidenceQuery;
import dev.gemba.finding.entity.Finding;
import dev.gemba.platform.control.SqlValues;

/**
 * Computes a finding's impact in the database from the evidence tables (native SQL that
 * PostgreSQL and H2 both run). The <em>evidence feedback</em> is the linked feedback plus, with a
 * saved query, the feedback in the finding's scope that matches every criterion of the query in the
 * period. The <em>trend population</em> is the feedback in the scope matching the query's criteria
 * except sentiment (a query for negative feedback would otherwise be 100% negative); without a query
 * and scope it is the linked feedback. Sentiment is the effective one: a person's correction, else
 * the model's. Survey scores count the linked responses plus, for a scoped finding, every response
 * for the scope in the period.
 */
@Dependent
public class ImpactCalculator {

    static final int TREND_BUCKETS = 16;
    /** A person's correction, else the model's label: a stored generated column, so its statistics and indexes serve. */
    private static final String EFFECTIVE = "f.effective_sentiment";

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    @Inject
    EvidenceFigures evidenceFigures;

    public FindingImpact impact(Finding finding, Instant now) {
        return impact(finding, linked(finding.getId()), now);
    }

    /**
     * The impact when the page has read the evidence list already: its counts by kind and the span
     * of the linked feedback come from that list instead of another statement.
     */
    public FindingImpact impact(Finding finding, List<EvidenceEntry> evidence, Instant now) {
        return impact(finding, Linked.of(evidence), now);
    }

    private FindingImpact impact(Finding finding, Linked linked, Instant now) {
        EvidenceQuery query = finding.getQuery();
        Criteria criteria = Criteria.of(finding);
        ImpactWindow window = ImpactWindow.of(query, linked.first(), linked.last(), now);
        ImpactWindow before = window.previous();

        String evidence = evidenceFeedback(criteria, query != null);
        Map<String, Object> params = criteria.params(window);
        params.put("finding", finding.getId());
        long responses = linked.count("SURVEY_RESPONSE");
        long touchpoints = linked.count("TOUCHPOINT");
        long gaps = linked.count("COVERAGE_GAP");
        EvidenceFigures.Figures figures =
                evidenceFigures.of(evidence, params, finding.getId(), responses + touchpoints + gaps > 0);

        Proportion now1;
        Proportion before1;
        List<TrendPoint> trend;
        if (criteria.hasPopulation()) {
            Population p = population(criteria, before.from(), window.from(), window.to());
            now1 = ImpactMath.share(p.negativeNow(), p.ratedNow());
            before1 = ImpactMath.share(p.negativeBefore(), p.ratedBefore());
            trend = trend(p.daily(), before.from(), window.to());
        } else {
            now1 = negativeShareOfLinked(finding.getId());
            before1 = Proportion.empty();
            trend = trend(linkedDaily(finding.getId()), before.from(), window.to());
        }
        var change = ImpactMath.change(now1.hits(), now1.n(), before1.hits(), before1.n());

        Estimate[] scores = surveyScores(criteria, window, finding.getId());
        return new FindingImpact(
                window.from(),
                window.to(),
                before.from(),
                figures.feedbackItems() + responses + touchpoints + gaps,
                figures.feedbackItems(),
                responses,
                touchpoints,
                gaps,
                figures.people(),
                figures.businessUnits(),
                now1,
                before1,
                change,
                scores[0],
                scores[1],
                scores[2],
                figures.tiers(),
                figures.verbatims(),
                trend);
    }

    /**
     * The impact's verbatims alone, from the same evidence read (for a list that quotes a finding),
     * without the trend population, the survey scores and the other links' people.
     */
    public List<Verbatim> verbatims(Finding finding, Instant now) {
        Criteria criteria = Criteria.of(finding);
        Linked linked = linked(finding.getId());
        Map<String, Object> params =
                criteria.params(ImpactWindow.of(finding.getQuery(), linked.first(), linked.last(), now));
        params.put("finding", finding.getId());
        return evidenceFigures
                .of(evidenceFeedback(criteria, finding.getQuery() != null), params, finding.getId(), false)
                .verbatims();
    }

    /**
     * The evidence feedback's contacts (linked, and a saved query's matches in the impact window):
     * address (null when the person gave none), name, language, business unit and when they said it.
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> evidenceContacts(Finding finding, Instant now) {
        Criteria criteria = Criteria.of(finding);
        Linked linked = linked(finding.getId());
        Map<String, Object> params =
                criteria.params(ImpactWindow.of(finding.getQuery(), linked.first(), linked.last(), now));
        params.put("finding", finding.getId());
        return bind(
                        em.createNativeQuery("select e.contact_email, e.contact_name, e.language, e.business_unit_id,"
                                + " e.received_at from feedback e where e.id in ("
                                + evidenceFeedback(criteria, finding.getQuery() != null) + ")"),
                        params)
                .getResultList();
    }

    /** The linked evidence by kind, and the days of the first and last linked feedback. */
    private record Linked(Map<String, Long> byKind, LocalDate first, LocalDate last) {

        long count(String kind) {
            return byKind.getOrDefault(kind, 0L);
        }

        static Linked of(List<EvidenceEntry> evidence) {
            Map<String, Long> counts = new HashMap<>();
            LocalDate first = null;
            LocalDate last = null;
            for (EvidenceEntry e : evidence) {
                counts.merge(e.kind().name(), 1L, Long::sum);
                if (e.kind() == EvidenceKind.FEEDBACK && e.occurredAt() != null) {
                    LocalDate d = day(e.occurredAt());
                    first = first == null || d.isBefore(first) ? d : first;
                    last = last == null || d.isAfter(last) ? d : last;
                }
            }
            return new Linked(counts, first, last);
        }
    }

    private Linked linked(long findingId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select fe.kind, count(*), min(f.received_at), max(f.received_at)"
                        + " from finding_evidence fe left join feedback f on f.id = fe.feedback_id"
                        + " where fe.finding_id = :finding group by fe.kind")
                .setParameter("finding", findingId)
                .getResultList();
        Map<String, Long> counts = new HashMap<>();
        LocalDate first = null;
        LocalDate last = null;
        for (Object[] r : rows) {
            counts.put((String) r[0], number(r[1]));
            if ("FEEDBACK".equals(r[0])) {
                first = day(r[2]);
                last = day(r[3]);
            }
        }
        return new Linked(counts, first, last);
    }

    /**
     * The trend population over both periods in one pass: per day, its items (all, rated, negative)
     * split at the start of the current period.
     *
     * @param daily rows of {day, total, negative}
     */
    private record Population(
            long ratedNow, long negativeNow, long ratedBefore, long negativeBefore, List<long[]> daily) {}

    private Population population(Criteria c, Instant from, Instant mid, Instant to) {
        String day = "cast(floor(extract(epoch from f.received_at) / 86400) as bigint)";
        Map<String, Object> p = c.params(new ImpactWindow(from, to));
        p.put("mid", mid);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = EvidenceFigures.bind(
                        em.createNativeQuery("select d, late, count(*), count(s),"
                                + " sum(case when s = 'NEGATIVE' then 1 else 0 end) from (select " + day + " d,"
                                + " case when f.received_at >= :mid then 1 else 0 end late, " + EFFECTIVE + " s"
                                + " from feedback f where " + c.population() + ") x group by d, late"),
                        p)
                .getResultList();
        long[] shares = new long[4];
        List<long[]> daily = new ArrayList<>();
        for (Object[] r : rows) {
            int at = number(r[1]) == 1 ? 0 : 2;
            shares[at] += number(r[3]);
            shares[at + 1] += number(r[4]);
            daily.add(new long[] {number(r[0]), number(r[2]), number(r[4])});
        }
        return new Population(shares[0], shares[1], shares[2], shares[3], daily);
    }

    /** Daily counts of the linked feedback, for a finding without scope or query. */
    private List<long[]> linkedDaily(long findingId) {
        String day = "cast(floor(extract(epoch from f.received_at) / 86400) as bigint)";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + day + ", count(*), sum(case when " + EFFECTIVE
                        + " = 'NEGATIVE' then 1 else 0 end) from feedback f join finding_evidence fe"
                        + " on fe.feedback_id = f.id where fe.finding_id = :finding group by " + day)
                .setParameter("finding", findingId)
                .getResultList();
        return rows.stream()
                .map(r -> new long[] {number(r[0]), number(r[1]), number(r[2])})
                .toList();
    }

    /** Daily counts summed into at most {@value #TREND_BUCKETS} equal buckets over [from, to). */
    private static List<TrendPoint> trend(List<long[]> rows, Instant from, Instant to) {
        long firstDay = Math.floorDiv(from.getEpochSecond(), 86400);
        long lastDay = Math.floorDiv(to.getEpochSecond() - 1, 86400);
        long days = lastDay - firstDay + 1;
        int size = (int) Math.max(1, (days + TREND_BUCKETS - 1) / TREND_BUCKETS);
        int buckets = (int) ((days + size - 1) / size);
        long[][] counts = new long[buckets][2];
        for (long[] r : rows) {
            long index = (r[0] - firstDay) / size;
            if (index >= 0 && index < buckets) {
                counts[(int) index][0] += r[1];
                counts[(int) index][1] += r[2];
            }
        }
        List<TrendPoint> trend = new ArrayList<>();
        for (int i = 0; i < buckets; i++) {
            trend.add(new TrendPoint(
                    Instant.ofEpochSecond((firstDay + (long) i * size) * 86400), size, counts[i][0], counts[i][1]));
        }
        return trend;
    }

    /** The scope and criteria of a finding, as SQL over feedback {@code f}. */
    record Criteria(
            Long serviceId, Long unitId, String topic, String channel, String tier, String sentiment, boolean saved) {

        static Criteria of(Finding finding) {
            EvidenceQuery q = finding.getQuery();
            return new Criteria(
                    finding.getService() == null ? null : finding.getService().getId(),
                    finding.getBusinessUnit() == null
                            ? null
                            : finding.getBusinessUnit().getId(),
                    q == null ? null : q.topic(),
                    q == null ? null : q.channel(),
                    q == null ? null : q.tier(),
                    q == null ? null : q.sentiment(),
                    q != null);
        }

        boolean hasPopulation() {
            return saved || serviceId != null || unitId != null;
        }

        /** Conditions on {@code f} for the trend population (no sentiment) in [:from, :to). */
        String population() {
            StringBuilder w = new StringBuilder("f.received_at >= :from and f.received_at < :to");
            if (serviceId != null) {
                w.append(" and exists (select 1 from feedback_service fs where fs.feedback_id = f.id"
                        + " and fs.service_id = :service)");
            }
            if (unitId != null) {
                w.append(" and f.business_unit_id = :unit");
            }
            if (topic != null) {
                w.append(
                        " and exists (select 1 from feedback_topic t where t.feedback_id = f.id and t.topic = :topic)");
            }
            if (channel != null) {
                w.append(" and f.channel = :channel");
            }
            if (tier != null) {
                w.append(" and f.support_tier = :tier");
            }
            return w.toString();
        }

        Map<String, Object> params(ImpactWindow window) {
            Map<String, Object> p = new HashMap<>();
            p.put("from", window.from());
            p.put("to", window.to());
            putIf(p, "service", serviceId);
            putIf(p, "unit", unitId);
            putIf(p, "topic", topic);
            putIf(p, "channel", channel);
            putIf(p, "tier", tier);
            putIf(p, "sentiment", sentiment);
            return p;
        }

        private static void putIf(Map<String, Object> p, String name, Object value) {
            if (value != null) {
                p.put(name, value);
            }
        }
    }

    /** Ids of the evidence feedback (needs :finding and, with a query, the criteria's parameters). */
    private static String evidenceFeedback(Criteria c, boolean withQuery) {
        String linked = "select fe.feedback_id from finding_evidence fe"
                + " where fe.finding_id = :finding and fe.feedback_id is not null";
        if (!withQuery) {
            return linked;
        }
        return linked + " union select f.id from feedback f where " + c.population()
                + (c.sentiment() == null ? "" : " and " + EFFECTIVE + " = :sentiment");
    }

    private Proportion negativeShareOfLinked(long findingId) {
        Object[] row = (Object[]) em.createNativeQuery("select count(*), sum(case when " + EFFECTIVE
                        + " = 'NEGATIVE' then 1 else 0 end) from feedback f join finding_evidence fe"
                        + " on fe.feedback_id = f.id where fe.finding_id = :finding and " + EFFECTIVE + " is not null")
                .setParameter("finding", findingId)
                .getSingleResult();
        return ImpactMath.share(number(row[1]), number(row[0]));
    }

    /** CSAT, NPS and CES of linked responses and, when scoped, of every response for the scope. */
    private Estimate[] surveyScores(Criteria c, ImpactWindow window, long findingId) {
        String scoped = "";
        Map<String, Object> p = new HashMap<>();
        p.put("finding", findingId);
        if (c.serviceId() != null || c.unitId() != null) {
            scoped = " or (r.submitted_at >= :from and r.submitted_at < :to"
                    + (c.serviceId() == null ? "" : " and r.service_id = :service")
                    + (c.unitId() == null ? "" : " and r.business_unit_id = :unit") + ")";
            p.put("from", window.from());
            p.put("to", window.to());
            if (c.serviceId() != null) {
                p.put("service", c.serviceId());
            }
            if (c.unitId() != null) {
                p.put("unit", c.unitId());
            }
        }
        Object[] r = (Object[]) bind(
                        em.createNativeQuery("select count(r.csat), sum(case when r.csat >= 4 then 1 else 0 end),"
                                + " count(r.nps), sum(case when r.nps >= 9 then 1 else 0 end),"
                                + " sum(case when r.nps <= 6 then 1 else 0 end), count(r.ces), sum(r.ces * 1.0),"
                                + " sum(r.ces * r.ces * 1.0) from survey_response r where r.id in (select"
                                + " le.survey_response_id from finding_evidence le where le.finding_id = :finding)"
                                + scoped),
                        p)
                .getSingleResult();
        Proportion csat = ImpactMath.share(number(r[1]), number(r[0]));
        return new Estimate[] {
            new Estimate(csat.n(), csat.percent(), csat.low(), csat.high()),
            ImpactMath.nps(number(r[3]), number(r[4]), number(r[2])),
            ImpactMath.mean(number(r[5]), decimal(r[6]), decimal(r[7]), 1, 7)
        };
    }

    /** Binds the parameters the SQL names; Hibernate refuses parameters a query does not have. */
    private static Query bind(Query query, Map<String, Object> params) {
        for (var p : query.getParameters()) {
            if (p.getName() != null && params.containsKey(p.getName())) {
                query.setParameter(p.getName(), params.get(p.getName()));
            }
        }
        return query;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static double decimal(Object value) {
        return value == null ? 0 : ((Number) value).doubleValue();
    }

    private static LocalDate day(Object value) {
        Instant at = SqlValues.instant(value);
        return at == null ? null : at.atOffset(java.time.ZoneOffset.UTC).toLocalDate();
    }
}
