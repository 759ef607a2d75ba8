package dev.gemba.survey.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.survey.entity.ServiceSampling;
import dev.gemba.survey.entity.Survey;
import dev.gemba.survey.entity.SurveyKind;
import dev.gemba.survey.entity.SurveyPolicy;
import dev.gemba.survey.entity.SurveyResponse;
import dev.gemba.survey.entity.SurveyVersion;

/** Survey definitions, the fatigue policy and responses. */
@Dependent
public class SurveyRepository {

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    public Optional<Survey> find(long id) {
        return Optional.ofNullable(em.find(Survey.class, id));
    }

    public List<Survey> list() {
        return em.createQuery("select s from Survey s order by s.retired, lower(s.name), s.id", Survey.class)
                .getResultList();
    }

    /** The newest active transactional survey: what a ticket closure gets unless it names one. */
    public Optional<Survey> defaultTransactional() {
        return em.createQuery(
                        "select s from Survey s where s.kind = :kind and s.retired = false order by s.id desc",
                        Survey.class)
                .setParameter("kind", SurveyKind.TRANSACTIONAL)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public void store(Object entity) {
        em.persist(entity);
    }

    /** Counts a change in child tables (questions, sampling rates) as a change of the parent. */
    public void bumpVersion(Object entity) {
        em.lock(entity, jakarta.persistence.LockModeType.PESSIMISTIC_FORCE_INCREMENT);
    }

    public void flush() {
        em.flush();
    }

    /** Whether anybody saw or answered the version: then its questions must not change. */
    public boolean inUse(SurveyVersion version) {
        if (version.getId() == null) {
            return false;
        }
        long uses = em.createQuery(
                        "select count(i) from SurveyInvitation i where i.surveyVersion = :v and i.status <> "
                                + "dev.gemba.survey.entity.InvitationStatus.SKIPPED",
                        Long.class)
                .setParameter("v", version)
                .getSingleResult();
        uses += em.createQuery("select count(r) from SurveyResponse r where r.surveyVersion = :v", Long.class)
                .setParameter("v", version)
                .getSingleResult();
        return uses > 0;
    }

    public Map<Long, Long> responsesByVersion(long surveyId) {
        return responsesByVersion(em.createQuery(
                        "select r.surveyVersion.id, count(r) from SurveyResponse r where r.survey.id = :s "
                                + "group by r.surveyVersion.id",
                        Object[].class)
                .setParameter("s", surveyId));
    }

    /** Responses per version id, of every survey (one query for the list of surveys). */
    public Map<Long, Long> responsesByVersion() {
        return responsesByVersion(em.createQuery(
                "select r.surveyVersion.id, count(r) from SurveyResponse r group by r.surveyVersion.id",
                Object[].class));
    }

    private static Map<Long, Long> responsesByVersion(jakarta.persistence.TypedQuery<Object[]> query) {
        Map<Long, Long> counts = new HashMap<>();
        query.getResultList().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }

    public Optional<SurveyResponse> responseByExternalId(String externalId) {
        return em.createQuery("select r from SurveyResponse r where r.externalId = :e", SurveyResponse.class)
                .setParameter("e", externalId)
                .getResultStream()
                .findFirst();
    }

    public SurveyPolicy policy() {
        return em.find(SurveyPolicy.class, SurveyPolicy.ID);
    }

    public List<ServiceSampling> sampling() {
        return em.createQuery("select s from ServiceSampling s order by s.serviceId", ServiceSampling.class)
                .getResultList();
    }

    public int samplingPercent(Long serviceId, SurveyPolicy policy) {
        if (serviceId == null) {
            return policy.getDefaultSamplingPercent();
        }
        ServiceSampling s = em.find(ServiceSampling.class, serviceId);
        return s == null ? policy.getDefaultSamplingPercent() : s.getPercent();
    }

    public void replaceSampling(Map<Long, Integer> percentByService) {
        em.createQuery("delete from ServiceSampling").executeUpdate();
        percentByService.forEach((service, percent) -> em.persist(new ServiceSampling(service, percent)));
    }

    /** Those of the given external ids that stored responses carry (imported or sent already). */
    public java.util.Set<String> respondedExternalIds(java.util.Collection<String> externalIds) {
        if (externalIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(
                em.createQuery("select r.externalId from SurveyResponse r where r.externalId in :ids", String.class)
                        .setParameter("ids", externalIds)
                        .getResultList());
    }

    /** A reference to a record of the catalog a response is given in, without loading it. */
    public <T> T reference(Class<T> type, long id) {
        return em.getReference(type, id);
    }
}
