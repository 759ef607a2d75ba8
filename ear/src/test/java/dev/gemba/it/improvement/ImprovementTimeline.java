package dev.gemba.it.improvement;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.analysis.boundary.AnalysisResult;
import dev.gemba.analysis.boundary.TextAnalysisService;
import dev.gemba.analysis.entity.AnalysedTopic;
import dev.gemba.analysis.entity.Sentiment;
import dev.gemba.catalog.entity.Criticality;
import dev.gemba.catalog.entity.ItService;
import dev.gemba.catalog.entity.ServiceStatus;
import dev.gemba.feedback.entity.Channel;
import dev.gemba.feedback.entity.Feedback;

/**
 * Puts analysed feedback with known sentiment at known times and moves an improvement item's
 * approval and delivery into the past, so before/after windows can be tested without waiting.
 */
@Stateless
@PermitAll
public class ImprovementTimeline {

    @EJB
    TextAnalysisService analysis;

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    public long service(String name) {
        ItService s = new ItService(name + " " + java.util.UUID.randomUUID());
        s.setCriticality(Criticality.MEDIUM);
        s.setStatus(ServiceStatus.LIVE);
        em.persist(s);
        em.flush();
        return s.getId();
    }

    /** {@code count} analysed items on the service, spread over the 20 days after {@code from}, the first {@code negative} negative. */
    public void feedback(long serviceId, Instant from, int count, int negative) {
        ItService service = em.find(ItService.class, serviceId);
        for (int i = 0; i < count; i++) {
            boolean bad = i < negative;
            Feedback f = new Feedback(
                    from.plus(Duration.ofMinutes(i * (20L * 24 * 60 / count))), Channel.EMAIL, "VPN item " + i, "it");
            f.setContact("Person " + i, "person" + i + "@example.com");
            f.replaceServices(java.util.Set.of(service));
            f.analysed(new AnalysisResult(
                    "en",
                    bad ? Sentiment.NEGATIVE : Sentiment.POSITIVE,
                    bad ? -0.5 : 0.5,
                    0.9,
                    List.of(new AnalysedTopic("network-connectivity", 0.9, null)),
                    null,
                    // the models in use: other tests count items of older models as outdated
                    analysis.modelVersion()));
            em.persist(f);
        }
    }

    /** Moves the item's approval and baseline window, and the service's feedback so far, back in time. */
    public void shiftBack(long itemId, long serviceId, Duration by) {
        Object[] times = (Object[]) em.createNativeQuery(
                        "select approved_at, baseline_from, baseline_to from improvement_item where id = ?1")
                .setParameter(1, itemId)
                .getSingleResult();
        em.createNativeQuery("update improvement_item set approved_at = ?1, baseline_from = ?2, baseline_to = ?3"
                        + " where id = ?4")
                .setParameter(1, instant(times[0]).minus(by))
                .setParameter(2, instant(times[1]).minus(by))
                .setParameter(3, instant(times[2]).minus(by))
                .setParameter(4, itemId)
                .executeUpdate();
        List<Feedback> items = em.createQuery(
                        "select f from Feedback f join f.services s where s.id = :service", Feedback.class)
                .setParameter("service", serviceId)
                .getResultList();
        for (Feedback f : items) {
            em.createNativeQuery("update feedback set received_at = ?1 where id = ?2")
                    .setParameter(1, f.getReceivedAt().minus(by))
                    .setParameter(2, f.getId())
                    .executeUpdate();
        }
        em.clear();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("not a time: " + value.getClass());
    }

    /** Sets the item's delivery to {@code ago} before now. */
    public void deliveredAgo(long itemId, Duration ago) {
        em.createNativeQuery("update improvement_item set delivered_at = ?1 where id = ?2")
                .setParameter(1, Instant.now().minus(ago))
                .setParameter(2, itemId)
                .executeUpdate();
    }

    /** The benefits-review follow-up raised for the item, or null. */
    public Long reviewFollowUp(long itemId) {
        Object id = em.createNativeQuery("select review_follow_up_id from improvement_item where id = ?1")
                .setParameter(1, itemId)
                .getSingleResult();
        return id == null ? null : ((Number) id).longValue();
    }
}
