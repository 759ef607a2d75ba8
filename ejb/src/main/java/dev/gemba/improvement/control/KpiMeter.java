package dev.gemba.improvement.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import dev.gemba.feedback.entity.SupportTier;
import dev.gemba.improvement.entity.KpiKind;

/**
 * Measures KPIs and evidence straight from the feedback and survey tables, in the database, for a
 * scope and a half-open window [from, to). A feedback item's sentiment is its corrected one when a
 * person corrected it, else the model's; topics are the analysed ones.
 */
@Dependent
public class KpiMeter {

    /** A person's correction, else the model's label: the stored column, which indexes can cover. */
    private static final String EFFECTIVE = "f.effective_sentiment";

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    public KpiSample measure(KpiKind kind, KpiScope scope, Instant from, Instant to) {
        return switch (kind) {
            case NEGATIVE_SHARE -> {
                Object[] r = feedback(
                        "count(" + EFFECTIVE + "), sum(case when " + EFFECTIVE + " = 'NEGATIVE' then 1 else 0 end)",
                        scope,
                        from,
                        to,
                        null);
                yield new KpiSample(kind, n(r[0]), d(r[1]), 0);
            }
            case FEEDBACK_VOLUME -> new KpiSample(kind, n(feedback("count(*), 0", scope, from, to, null)[0]), 0, 0);
            case CSAT -> {
                Object[] r = survey("count(r.csat), sum(case when r.csat >= 4 then 1 else 0 end), 0", scope, from, to);
                yield new KpiSample(kind, n(r[0]), d(r[1]), 0);
            }
            case NPS -> {
                Object[] r = survey(
                        "count(r.nps), sum(case when r.nps >= 9 then 1 else 0 end),"
                                + " sum(case when r.nps <= 6 then 1 else 0 end)",
                        scope,
                        from,
                        to);
                yield new KpiSample(kind, n(r[0]), d(r[1]), d(r[2]));
            }
            case CES -> {
                Object[] r = survey("count(r.ces), sum(r.ces * 1.0), sum(r.ces * r.ces * 1.0)", scope, from, to);
                yield new KpiSample(kind, n(r[0]), d(r[1]), d(r[2]));
            }
            case AGREEMENT_COMPLIANCE -> {
                Object[] r = agreementFigures(scope, from, to);
                yield new KpiSample(kind, n(r[0]), d(r[1]), 0);
            }
            case MANUAL -> throw new IllegalArgumentException("a manual KPI is not measured");
        };
    }

    /** The evidence in scope for the priority score: reach, harm, amount and sources. */
    public Evidence evidence(KpiScope scope, Instant from, Instant to) {
        Object[] f = feedback(
                "count(distinct case when " + EFFECTIVE + " = 'NEGATIVE' then lower(f.contact_email) end),"
                        + " count(distinct case when " + EFFECTIVE + " = 'NEGATIVE' then f.business_unit_id end),"
                        + " count(*), sum(case when " + EFFECTIVE + " = 'NEGATIVE' then 1 else 0 end),"
                        + " count(" + EFFECTIVE + "), count(distinct f.channel)",
                scope,
                from,
                to,
                null);
        long answers = scope.topic() == null ? n(survey("count(*), 0, 0", scope, from, to)[0]) : 0;
        return new Evidence(n(f[0]), n(f[1]), n(f[2]), n(f[3]), n(f[4]), answers, (int) n(f[5]));
    }

    /** Feedback in scope handled at a support tier: a shift-left item's volume at its source tier. */
    public long tierVolume(KpiScope scope, SupportTier tier, Instant from, Instant to) {
        return n(feedback("count(*), 0", scope, from, to, tier)[0]);
    }

    private Object[] feedback(String select, KpiScope scope, Instant from, Instant to, SupportTier tier) {
        List<Object> params = new ArrayList<>(List.of(from, to));
        StringBuilder sql = new StringBuilder(
                "select " + select + " from feedback f where f.received_at >= ?1 and f.received_at < ?2");
        if (scope.serviceId() != null) {
            params.add(scope.serviceId());
            sql.append(" and exists (select 1 from feedback_service s where s.feedback_id = f.id and s.service_id = ?")
                    .append(params.size())
                    .append(')');
        }
        if (scope.businessUnitId() != null) {
            params.add(scope.businessUnitId());
            sql.append(" and f.business_unit_id = ?").append(params.size());
        }
        if (scope.topic() != null) {
            params.add(scope.topic());
            sql.append(" and exists (select 1 from feedback_topic t where t.feedback_id = f.id and t.topic = ?")
                    .append(params.size())
                    .append(')');
        }
        if (tier != null) {
            params.add(tier.name());
            sql.append(" and f.support_tier = ?").append(params.size());
        }
        return single(sql.toString(), params);
    }

    private Object[] survey(String select, KpiScope scope, Instant from, Instant to) {
        List<Object> params = new ArrayList<>(List.of(from, to));
        StringBuilder sql = new StringBuilder(
                "select " + select + " from survey_response r where r.submitted_at >= ?1 and r.submitted_at < ?2");
        if (scope.serviceId() != null) {
            params.add(scope.serviceId());
            sql.append(" and r.service_id = ?").append(params.size());
        }
        if (scope.businessUnitId() != null) {
            params.add(scope.businessUnitId());
            sql.append(" and r.business_unit_id = ?").append(params.size());
        }
        return single(sql.toString(), params);
    }

    /** Agreement targets' monthly figures in scope whose month starts in the window, and how many met. */
    private Object[] agreementFigures(KpiScope scope, Instant from, Instant to) {
        List<Object> params = new ArrayList<>(List.of(
                java.time.LocalDate.ofInstant(from, java.time.ZoneOffset.UTC),
                java.time.LocalDate.ofInstant(to, java.time.ZoneOffset.UTC)));
        StringBuilder sql = new StringBuilder(
                """
                select count(*), sum(case when (t.higher_is_better and m.measured >= t.target_value)
                    or (not t.higher_is_better and m.measured <= t.target_value) then 1 else 0 end)
                from agreement_measurement m join agreement_target t on t.id = m.target_id
                join service_agreement a on a.id = t.agreement_id
                where m.period_start >= ?1 and m.period_start < ?2""");
        if (scope.serviceId() != null) {
            params.add(scope.serviceId());
            sql.append(" and a.service_id = ?").append(params.size());
        }
        if (scope.businessUnitId() != null) {
            params.add(scope.businessUnitId());
            int unit = params.size();
            sql.append(" and (a.business_unit_id = ?")
                    .append(unit)
                    .append(" or (a.business_unit_id is null and a.service_id in (select u.service_id from")
                    .append(" business_unit_service u where u.business_unit_id = ?")
                    .append(unit)
                    .append(")))");
        }
        return single(sql.toString(), params);
    }

    private Object[] single(String sql, List<Object> params) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return (Object[]) query.getSingleResult();
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static double d(Object value) {
        return value == null ? 0 : ((Number) value).doubleValue();
    }
}
