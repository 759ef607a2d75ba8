package dev.gemba.it.survey;

import java.time.Duration;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Moves survey data back in time, so expiry and time windows can be tested without waiting. */
@Stateless
@PermitAll
public class SurveyClock {

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    public void expire(long invitationId) {
        em.createQuery("update SurveyInvitation i set i.expiresAt = :past where i.id = :id")
                .setParameter("past", java.time.Instant.now().minusSeconds(1))
                .setParameter("id", invitationId)
                .executeUpdate();
    }

    /** Shifts an invitation's creation back, e.g. beyond the minimum gap between invitations. */
    public void age(long invitationId, Duration by) {
        java.time.Instant created = em.createQuery(
                        "select i.createdAt from SurveyInvitation i where i.id = :id", java.time.Instant.class)
                .setParameter("id", invitationId)
                .getSingleResult();
        em.createQuery("update SurveyInvitation i set i.createdAt = :t where i.id = :id")
                .setParameter("t", created.minus(by))
                .setParameter("id", invitationId)
                .executeUpdate();
    }

    public long responsesOf(long surveyId) {
        return em.createQuery("select count(r) from SurveyResponse r where r.survey.id = :s", Long.class)
                .setParameter("s", surveyId)
                .getSingleResult();
    }

    /** Whether the response stored for a survey's only answer names its invitation (not for anonymous surveys). */
    public boolean linkedToInvitation(long surveyId) {
        return em.createQuery(
                                "select count(r) from SurveyResponse r where r.survey.id = :s and r.invitation is not null",
                                Long.class)
                        .setParameter("s", surveyId)
                        .getSingleResult()
                > 0;
    }

    public Long feedbackOf(long surveyId) {
        return em.createQuery("select r.feedback.id from SurveyResponse r where r.survey.id = :s", Long.class)
                .setParameter("s", surveyId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }
}
