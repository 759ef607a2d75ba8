package dev.gemba.it.finding;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.analysis.boundary.AnalysisResult;
import dev.gemba.analysis.entity.AnalysedTopic;
import dev.gemba.analysis.entity.Sentiment;
import dev.gemba.catalog.entity.BusinessUnit;
import dev.gemba.catalog.entity.ItService;
import dev.gemba.feedback.entity.Channel;
import dev.gemba.feedback.entity.Feedback;
import dev.gemba.feedback.entity.SupportTier;
import dev.gemba.survey.entity.Survey;
import dev.gemba.survey.entity.SurveyKind;
import dev.gemba.survey.entity.SurveyResponse;
import dev.gemba.touchpoint.entity.LifecyclePhase;

/**
 * Writes analysed feedback and survey responses exactly as a test describes them (sentiment,
 * confidence, topic, contact, unit, tier, time), bypassing the model, so figures have known answers.
 */
@Stateless
public class FeedbackDataSet {

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    private static volatile String modelVersion;

    public long service(String prefix) {
        var service = new ItService(prefix + " " + UUID.randomUUID());
        em.persist(service);
        em.flush();
        return service.getId();
    }

    public long unit(String prefix) {
        var unit = new BusinessUnit(prefix + " " + UUID.randomUUID());
        em.persist(unit);
        em.flush();
        return unit.getId();
    }

    /** One analysed item; {@code corrected} (may be null) is a person's sentiment over the model's. */
    public long feedback(Item item) {
        var f = new Feedback(Instant.parse(item.at()), Channel.EMAIL, item.text(), "test");
        f.setContact(null, item.email());
        if (item.unitId() != null) {
            f.setBusinessUnit(em.find(BusinessUnit.class, item.unitId()));
        }
        if (item.serviceId() != null) {
            f.replaceServices(Set.of(em.find(ItService.class, item.serviceId())));
        }
        f.setTier(item.tier() == null ? null : SupportTier.valueOf(item.tier()));
        f.analysed(new AnalysisResult(
                "en",
                Sentiment.valueOf(item.model()),
                0,
                item.confidence(),
                item.topic() == null
                        ? List.of()
                        : List.of(new AnalysedTopic(item.topic(), 0.9, Sentiment.valueOf(item.model()))),
                null,
                modelVersion()));
        if (item.corrected() != null) {
            f.corrected(Sentiment.valueOf(item.corrected()), null, "desk", Instant.now());
        }
        em.persist(f);
        em.flush();
        return f.getId();
    }

    /**
     * The version of the model in use, read from feedback it analysed: items written with it are
     * left alone by the re-analysis that starts after deployment (it re-reads items of other
     * versions, which would replace the sentiment and topics a test set).
     */
    private String modelVersion() {
        if (modelVersion == null) {
            Instant deadline = Instant.now().plusSeconds(90);
            while (modelVersion == null && Instant.now().isBefore(deadline)) {
                Object found = em.createNativeQuery("select f.model_version from feedback f"
                                + " where f.analysis_status = 'ANALYSED' and f.captured_by <> 'test'"
                                + " and f.model_version is not null order by f.analysed_at desc")
                        .setMaxResults(1)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
                modelVersion = found == null ? null : found.toString();
                if (modelVersion == null) {
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                }
            }
            if (modelVersion == null) {
                throw new IllegalStateException("no analysed feedback to read the model version from");
            }
        }
        return modelVersion;
    }

    public void correct(long feedbackId, String sentiment) {
        em.find(Feedback.class, feedbackId).corrected(Sentiment.valueOf(sentiment), null, "desk", Instant.now());
    }

    /** A Transition-phase touchpoint of type "Rollout planning" about one service: a change. */
    public long change(Instant at, long unitId, long serviceId, String summary) {
        var type = em.createQuery(
                        "select t from TouchpointType t where t.phase = :phase and t.name = 'Rollout planning'",
                        dev.gemba.touchpoint.entity.TouchpointType.class)
                .setParameter("phase", LifecyclePhase.TRANSITION)
                .getResultList()
                .get(0);
        var t = new dev.gemba.touchpoint.entity.Touchpoint("test", Instant.now());
        t.classify(LifecyclePhase.TRANSITION, type);
        t.setOccurredAt(at);
        t.setBusinessUnit(em.find(BusinessUnit.class, unitId));
        t.replaceServices(Set.of(em.find(ItService.class, serviceId)));
        t.setChannel(dev.gemba.touchpoint.entity.TouchpointChannel.MEETING);
        t.setSummary(summary);
        em.persist(t);
        em.flush();
        return t.getId();
    }

    /** A touchpoint of the phase's first type about one service, e.g. to cover a phase. */
    public long touchpoint(Instant at, long unitId, long serviceId, LifecyclePhase phase) {
        var type = em.createQuery(
                        "select t from TouchpointType t where t.phase = :phase order by t.id",
                        dev.gemba.touchpoint.entity.TouchpointType.class)
                .setParameter("phase", phase)
                .setMaxResults(1)
                .getSingleResult();
        var t = new dev.gemba.touchpoint.entity.Touchpoint("test", Instant.now());
        t.classify(phase, type);
        t.setOccurredAt(at);
        t.setBusinessUnit(em.find(BusinessUnit.class, unitId));
        t.replaceServices(Set.of(em.find(ItService.class, serviceId)));
        t.setChannel(dev.gemba.touchpoint.entity.TouchpointChannel.MEETING);
        t.setSummary("Covering " + phase);
        em.persist(t);
        em.flush();
        return t.getId();
    }

    /** An anonymous response with headline scores (any may be null). */
    public long response(String at, Long serviceId, Long unitId, Integer csat, Integer nps, Integer ces) {
        Survey survey = new Survey("Findings test " + UUID.randomUUID(), SurveyKind.PULSE, true, "test");
        var version = survey.addVersion("test");
        em.persist(survey);
        var r = new SurveyResponse(version, Instant.parse(at), "en", LifecyclePhase.OPERATION);
        r.context(
                unitId == null ? null : em.find(BusinessUnit.class, unitId),
                serviceId == null ? null : em.find(ItService.class, serviceId),
                null);
        r.scores(csat, nps, ces);
        em.persist(r);
        em.flush();
        return r.getId();
    }

    /**
     * @param model the model's sentiment
     * @param corrected a person's correction, or null
     */
    public record Item(
            String at,
            Long serviceId,
            Long unitId,
            String topic,
            String model,
            String corrected,
            double confidence,
            String email,
            String tier,
            String text) {}
}
