package dev.gemba.survey.control;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.feedback.entity.Channel;
import dev.gemba.survey.entity.InvitationStatus;
import dev.gemba.survey.entity.SurveyInvitation;

/** Invitations, and the per-person counts the fatigue rules need. */
@Dependent
public class InvitationRepository {

    private static final String NOT_SKIPPED = "i.status <> dev.gemba.survey.entity.InvitationStatus.SKIPPED";

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    public Optional<SurveyInvitation> find(long id) {
        return Optional.ofNullable(em.find(SurveyInvitation.class, id));
    }

    public Optional<SurveyInvitation> byTicket(String ticketRef) {
        return em.createQuery("select i from SurveyInvitation i where i.ticketRef = :t", SurveyInvitation.class)
                .setParameter("t", ticketRef)
                .getResultStream()
                .findFirst();
    }

    public Optional<SurveyInvitation> byTokenHash(String hash) {
        return em.createQuery("select i from SurveyInvitation i where i.tokenHash = :h", SurveyInvitation.class)
                .setParameter("h", hash)
                .getResultStream()
                .findFirst();
    }

    public void store(SurveyInvitation invitation) {
        em.persist(invitation);
    }

    public void flush() {
        em.flush();
    }

    /** Invitations actually sent to the person since {@code since}, across every survey kind. */
    public long invitedSince(String personKey, Instant since) {
        return em.createQuery(
                        "select count(i) from SurveyInvitation i where i.personKey = :p and i.createdAt >= :since and "
                                + NOT_SKIPPED,
                        Long.class)
                .setParameter("p", personKey)
                .setParameter("since", since)
                .getSingleResult();
    }

    public Optional<Instant> lastInvited(String personKey) {
        return Optional.ofNullable(em.createQuery(
                        "select max(i.createdAt) from SurveyInvitation i where i.personKey = :p and " + NOT_SKIPPED,
                        Instant.class)
                .setParameter("p", personKey)
                .getSingleResult());
    }

    /** The newest complaint or escalation from the person since {@code since}, if any. */
    public Optional<Instant> lastComplaint(String personKey, Instant since) {
        return Optional.ofNullable(em.createQuery(
                        "select max(f.receivedAt) from Feedback f where f.channel in :channels "
                                + "and f.receivedAt >= :since and lower(f.contactEmail) = :p",
                        Instant.class)
                .setParameter("channels", List.of(Channel.COMPLAINT, Channel.ESCALATION))
                .setParameter("since", since)
                .setParameter("p", personKey)
                .getSingleResult());
    }

    public List<SurveyInvitation> search(InvitationStatus status, Long campaignId, int first, int max) {
        return em.createQuery(
                        "select i from SurveyInvitation i left join fetch i.survey where (:status is null or i.status ="
                                + " :status) and (:campaign is null or i.campaign.id = :campaign) order by i.createdAt"
                                + " desc, i.id desc",
                        SurveyInvitation.class)
                .setParameter("status", status)
                .setParameter("campaign", campaignId)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    /** Campaign invitations not answered whose reminder is due, still valid, not yet reminded. */
    public List<SurveyInvitation> dueForReminder(Instant now, int max) {
        return em.createQuery(
                        "select i from SurveyInvitation i where i.remindDueAt <= :now and i.remindedAt is null "
                                + "and i.status in :open and i.expiresAt > :now order by i.remindDueAt, i.id",
                        SurveyInvitation.class)
                .setParameter("open", List.of(InvitationStatus.INVITED, InvitationStatus.OPENED))
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
    }

    /** Per campaign: invitations by status, and how many were sent. */
    public List<Object[]> campaignCounts() {
        return em.createQuery(
                        "select i.campaign.id, i.status, count(i), count(i.sentAt), count(i.openedAt) "
                                + "from SurveyInvitation i where i.campaign is not null group by i.campaign.id, i.status",
                        Object[].class)
                .getResultList();
    }
}
