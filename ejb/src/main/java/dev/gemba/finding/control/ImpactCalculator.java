package dev.gemba.finding.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import dev.gemba.finding.boundary.Estimate;
import dev.gemba.finding.boundary.FindingImpact;
import dev.gemba.finding.boundary.Proportion;
import dev.gemba.finding.boundary.TierCount;
import dev.gemba.finding.boundary.TrendPoint;
import dev.gemba.finding.boundary.Verbatim;
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

    static final int VERBATIMS = 5;
    static final int TREND_BUCKETS = 16;
    static final int VERBATIM_LENGTH = 400;
    private static final String EFFECTIVE = "coalesce(f.corrected_sentiment, f.sentiment)";

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    public FindingImpact impact(Finding finding, Instant now) {
        EvidenceQuery query = finding.getQuery();
        Criteria criteria = Criteria.of(finding);
        LocalDate[] span = linkedSpan(finding.getId());
        ImpactWindow window = ImpactWindow.of(query, span[0], span[1], now);
        ImpactWindow before = window.previous();

        String evidence = evidenceFeedback(criteria, query != null);
        Map<String, Object> params = criteria.params(window);
        params.put("finding", finding.getId());

        long feedbackItems = count("select count(*) from feedback e where e.id in (" + evidence + ")", params);
        Map<String, Long> linked = linkedByKind(finding.getId());
        long responses = linked.getOrDefault("SURVEY_RESPONSE", 0L);
        long touchpoints = linked.getOrDefault("TOUCHPOINT", 0L);
        long gaps = linked.getOrDefault("COVERAGE_GAP", 0L);

        Proportion now1;
        Proportion before1;
        if (criteria.hasPopulation()) {
            now1 = negativeShare(criteria, window);
            before1 = negativeShare(criteria, before);
        } else {
            now1 = negativeShareOfLinked(finding.getId());
            before1 = Proportion.empty();
        }
        var change = ImpactMath.change(now1.hits(), now1.n(), before1.hits(), before1.n());

        Estimate[] scores = surveyScores(criteria, window, finding.getId());
        return new FindingImpact(
                window.from(),
                window.to(),
                before.from(),
                feedbackItems + responses + touchpoints + gaps,
                feedbackItems,
                responses,
                touchpoints,
                gaps,
                people(evidence, params),
                businessUnits(evidence, params),
                now1,
                before1,
                change,
                scores[0],
                scores[1],
                scores[2],
                tiers(evidence, params),
                verbatims(evidence, params),
                trend(criteria, finding.getId(), before.from(), window.to()));
    }

    /**
     * The evidence feedback's contacts (linked, and a saved query's matches in the impact window):
     * address (null when the person gave none), name, language, business unit and when they said it.
     */
    @SuppressWarnings("unchecked")
    public List<Object[]> evidenceContacts(Finding finding, Instant now) {
        Criteria criteria = Criteria.of(finding);
        LocalDate[] span = linkedSpan(finding.getId());
        Map<String, Object> params = criteria.params(ImpactWindow.of(finding.getQuery(), span[0], span[1], now));
        params.put("finding", finding.getId());
        return bind(
                        em.createNativeQuery("select e.contact_email, e.contact_name, e.language, e.business_unit_id,"
                                + " e.received_at from feedback e where e.id in ("
                                + evidenceFeedback(criteria, finding.getQuery() != null) + ")"),
                        params)
                .getResultList();
    }

    /** Daily counts of the trend population over both periods, summed into equal buckets. */
    private List<TrendPoint> trend(Criteria c, long findingId, Instant from, Instant to) {
        String day = "cast(floor(extract(epoch from f.received_at) / 86400) as bigint)";
        Map<String, Object> p = c.params(new ImpactWindow(from, to));
        p.put("finding", findingId);
        String where = c.hasPopulation()
                ? " where " + c.population()
                : " join finding_evidence fe on fe.feedback_id = f.id where fe.finding_id = :finding";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(
                        em.createNativeQuery("select " + day + ", count(*), sum(case when " + EFFECTIVE
                                + " = 'NEGATIVE' then 1 else 0 end) from feedback f" + where + " group by " + day),
                        p)
                .getResultList();
        long firstDay = Math.floorDiv(from.getEpochSecond(), 86400);
        long lastDay = Math.floorDiv(to.getEpochSecond() - 1, 86400);
        long days = lastDay - firstDay + 1;
        int size = (int) Math.max(1, (days + TREND_BUCKETS - 1) / TREND_BUCKETS);
        int buckets = (int) ((days + size - 1) / size);
        long[][] counts = new long[buckets][2];
        for (Object[] r : rows) {
            long index = (number(r[0]) - firstDay) / size;
            if (index >= 0 && index < buckets) {
                counts[(int) index][0] += number(r[1]);
                counts[(int) index][1] += number(r[2]);
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

    private Proportion negativeShare(Criteria c, ImpactWindow window) {
        Map<String, Object> p = c.params(window);
        p.remove("sentiment");
        Object[] row = (Object[]) bind(
                        em.createNativeQuery("select count(*), sum(case when " + EFFECTIVE
                                + " = 'NEGATIVE' then 1 else 0 end) from feedback f where " + c.population()
                                + " and " + EFFECTIVE + " is not null"),
                        p)
                .getSingleResult();
        return ImpactMath.share(number(row[1]), number(row[0]));
    }

    private Proportion negativeShareOfLinked(long findingId) {
        Object[] row = (Object[]) em.createNativeQuery("select count(*), sum(case when " + EFFECTIVE
                        + " = 'NEGATIVE' then 1 else 0 end) from feedback f join finding_evidence fe"
                        + " on fe.feedback_id = f.id where fe.finding_id = :finding and " + EFFECTIVE + " is not null")
                .setParameter("finding", findingId)
                .getSingleResult();
        return ImpactMath.share(number(row[1]), number(row[0]));
    }

    private LocalDate[] linkedSpan(long findingId) {
        Object[] row = (Object[]) em.createNativeQuery("select min(f.received_at), max(f.received_at) from feedback f"
                        + " join finding_evidence fe on fe.feedback_id = f.id where fe.finding_id = :finding")
                .setParameter("finding", findingId)
                .getSingleResult();
        return new LocalDate[] {day(row[0]), day(row[1])};
    }

    private Map<String, Long> linkedByKind(long findingId) {
        Map<String, Long> counts = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select kind, count(*) from finding_evidence where finding_id = :finding group by kind")
                .setParameter("finding", findingId)
                .getResultList();
        rows.forEach(r -> counts.put((String) r[0], number(r[1])));
        return counts;
    }

    private long people(String evidence, Map<String, Object> params) {
        return count(
                "select count(distinct k) from ("
                        + "select lower(coalesce(e.contact_email, e.contact_name)) k from feedback e"
                        + " where e.id in (" + evidence + ")"
                        + " union select i.person_key k from survey_response r"
                        + " join survey_invitation i on i.id = r.invitation_id"
                        + " join finding_evidence le on le.survey_response_id = r.id and le.finding_id = :finding"
                        + ") x where k is not null",
                params);
    }

    private long businessUnits(String evidence, Map<String, Object> params) {
        return count(
                "select count(distinct u) from ("
                        + "select e.business_unit_id u from feedback e where e.id in (" + evidence + ")"
                        + " union select r.business_unit_id u from survey_response r join finding_evidence le"
                        + " on le.survey_response_id = r.id and le.finding_id = :finding"
                        + " union select t.business_unit_id u from touchpoint t join finding_evidence le"
                        + " on le.touchpoint_id = t.id and le.finding_id = :finding"
                        + " union select le.gap_business_unit_id u from finding_evidence le"
                        + " where le.finding_id = :finding and le.gap_business_unit_id is not null"
                        + ") x where u is not null",
                params);
    }

    private List<TierCount> tiers(String evidence, Map<String, Object> params) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(
                        em.createNativeQuery("select tier, count(*) from ("
                                + "select e.support_tier tier from feedback e where e.id in (" + evidence + ")"
                                + " union all select r.support_tier tier from survey_response r join finding_evidence le"
                                + " on le.survey_response_id = r.id and le.finding_id = :finding"
                                + ") x where tier is not null group by tier order by tier"),
                        params)
                .getResultList();
        return rows.stream()
                .map(r -> new TierCount((String) r[0], number(r[1])))
                .toList();
    }

    /** Distinct texts, the most confidently classified first, then the newest. */
    private List<Verbatim> verbatims(String evidence, Map<String, Object> params) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(
                        em.createNativeQuery("select f.id, f.text, " + EFFECTIVE + ", f.sentiment_confidence,"
                                + " f.received_at from feedback f where f.id in (" + evidence + ")"
                                + " order by coalesce(f.sentiment_confidence, -1) desc, f.received_at desc, f.id desc"),
                        params)
                .setMaxResults(VERBATIMS * 10)
                .getResultList();
        Set<String> seen = new HashSet<>();
        List<Verbatim> verbatims = new ArrayList<>();
        for (Object[] r : rows) {
            String text = (String) r[1];
            if (verbatims.size() < VERBATIMS
                    && seen.add(text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT))) {
                verbatims.add(new Verbatim(
                        number(r[0]),
                        text.length() <= VERBATIM_LENGTH ? text : text.substring(0, VERBATIM_LENGTH - 1) + "…",
                        (String) r[2],
                        r[3] == null ? null : ((Number) r[3]).doubleValue(),
                        SqlValues.instant(r[4])));
            }
        }
        return verbatims;
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

    private long count(String sql, Map<String, Object> params) {
        return number(bind(em.createNativeQuery(sql), params).getSingleResult());
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
