package dev.gemba.feedback.insight;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import dev.gemba.feedback.entity.SupportTier;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.control.SqlValues;
import dev.gemba.security.entity.Role;

/** How far feedback reached in a period and scope: people, support tiers and positive comments, counted in SQL. */
@Stateless
@RolesAllowed(Role.PERSON_NAME)
public class FeedbackReachService {

    static final int COMMENT_LENGTH = 400;

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    /**
     * @param serviceId null: any service
     * @param businessUnitId null: any unit
     * @param to exclusive
     * @param comments how many positive comments to return at most
     */
    public FeedbackReach reach(Long serviceId, Long businessUnitId, Instant from, Instant to, int comments) {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new InvalidInputException("from", text("range.from-after-to"));
        }
        String join = serviceId == null
                ? ""
                : " join feedback_service fs on fs.feedback_id = f.id and fs.service_id = :service";
        String where = " where f.received_at >= :from and f.received_at < :to"
                + (businessUnitId == null ? "" : " and f.business_unit_id = :unit");
        Object[] totals = (Object[]) bind(
                        em.createNativeQuery("select count(*), count(distinct lower(coalesce(f.contact_email,"
                                + " f.contact_name))) from feedback f" + join + where),
                        serviceId,
                        businessUnitId,
                        from,
                        to)
                .getSingleResult();
        Map<SupportTier, Long> byTier = new EnumMap<>(SupportTier.class);
        for (SupportTier t : SupportTier.values()) {
            byTier.put(t, 0L);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> tierRows = bind(
                        em.createNativeQuery("select f.support_tier, count(*) from feedback f" + join + where
                                + " and f.support_tier is not null group by f.support_tier"),
                        serviceId,
                        businessUnitId,
                        from,
                        to)
                .getResultList();
        tierRows.forEach(r -> byTier.put(SupportTier.valueOf((String) r[0]), ((Number) r[1]).longValue()));
        List<FeedbackReach.TierCount> tiers = new ArrayList<>();
        byTier.forEach((t, n) -> tiers.add(new FeedbackReach.TierCount(t, n)));
        return new FeedbackReach(
                ((Number) totals[0]).longValue(),
                ((Number) totals[1]).longValue(),
                tiers,
                positive(join, where, serviceId, businessUnitId, from, to, comments));
    }

    private List<FeedbackReach.Comment> positive(
            String join, String where, Long serviceId, Long unitId, Instant from, Instant to, int max) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(
                        em.createNativeQuery("select f.id, f.received_at, f.text, f.contact_name, f.contact_email,"
                                + " b.name, f.sentiment_score from feedback f" + join
                                + " left join business_unit b on b.id = f.business_unit_id" + where
                                + " and f.analysis_status = 'ANALYSED'"
                                + " and coalesce(f.corrected_sentiment, f.sentiment) = 'POSITIVE'"
                                + " order by f.sentiment_score desc nulls last, f.received_at desc, f.id"),
                        serviceId,
                        unitId,
                        from,
                        to)
                .setMaxResults(Math.max(0, max))
                .getResultList();
        return rows.stream()
                .map(r -> new FeedbackReach.Comment(
                        ((Number) r[0]).longValue(),
                        SqlValues.instant(r[1]),
                        shorten((String) r[2]),
                        (String) r[3],
                        (String) r[4],
                        (String) r[5],
                        r[6] == null ? null : ((Number) r[6]).doubleValue()))
                .toList();
    }

    private static Query bind(Query q, Long serviceId, Long unitId, Instant from, Instant to) {
        q.setParameter("from", from).setParameter("to", to);
        if (serviceId != null) {
            q.setParameter("service", serviceId);
        }
        if (unitId != null) {
            q.setParameter("unit", unitId);
        }
        return q;
    }

    private static String shorten(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= COMMENT_LENGTH ? flat : flat.substring(0, COMMENT_LENGTH - 1) + "…";
    }
}
