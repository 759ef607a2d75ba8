package dev.gemba.survey.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.catalog.entity.BusinessUnit;
import dev.gemba.catalog.entity.ItService;
import dev.gemba.catalog.entity.KeyContact;
import dev.gemba.platform.queue.WorkQueue;
import dev.gemba.survey.entity.CampaignStatus;
import dev.gemba.survey.entity.SurveyCampaign;
import dev.gemba.survey.entity.SurveyInvitation;

/**
 * Launches due campaigns and queues due reminders. Each campaign is claimed with FOR UPDATE SKIP
 * LOCKED in its own transaction, so on several nodes every campaign is launched exactly once.
 */
@Stateless
public class CampaignLauncher {

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    @EJB
    InvitationIssuer issuer;

    @EJB
    WorkQueue queue;

    @EJB
    CampaignLauncher self;

    /** Launches every campaign due at {@code now}; returns how many. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int launchDue(Instant now) {
        int launched = 0;
        while (self.launchOne(now)) {
            launched++;
        }
        return launched;
    }

    /** Claims one due campaign and invites its contacts; false when none is left. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public boolean launchOne(Instant now) {
        List<Number> ids = em.createNativeQuery(
                        "select id from survey_campaign where status = ?1 and scheduled_at <= ?2"
                                + " order by scheduled_at, id fetch first 1 rows only for update skip locked")
                .setParameter(1, CampaignStatus.SCHEDULED.name())
                .setParameter(2, now)
                .getResultList();
        if (ids.isEmpty()) {
            return false;
        }
        SurveyCampaign campaign = em.find(SurveyCampaign.class, ids.get(0).longValue());
        for (Recipient recipient : audience(
                campaign.getScope().getBusinessUnit(), campaign.getScope().getService())) {
            var invitation = new SurveyInvitation(
                    campaign.getSurvey(),
                    recipient.name(),
                    recipient.email(),
                    campaign.getLanguage(),
                    campaign.getScope().getPhase());
            invitation.context(recipient.unit(), campaign.getScope().getService(), null, null, null, null, campaign);
            issuer.issue(invitation, null, true, now);
        }
        campaign.launched(now);
        return true;
    }

    /** A key contact a campaign invites, with the business unit it is invited for. */
    public record Recipient(BusinessUnit unit, String name, String email) {}

    /**
     * Whom a campaign invites: the key contacts with an e-mail address of one business unit, of the
     * units using a service, or of every unit; each person once (by address, any case).
     */
    public List<Recipient> audience(BusinessUnit unit, ItService service) {
        Set<String> people = new HashSet<>();
        List<Recipient> recipients = new ArrayList<>();
        for (BusinessUnit target : targets(unit, service)) {
            for (KeyContact contact : target.getKeyContacts()) {
                if (contact.getEmail() != null
                        && !contact.getEmail().isBlank()
                        && people.add(SurveyInvitation.personKey(contact.getEmail()))) {
                    recipients.add(new Recipient(
                            target, contact.getName(), contact.getEmail().strip()));
                }
            }
        }
        return recipients;
    }

    private List<BusinessUnit> targets(BusinessUnit unit, ItService service) {
        if (unit != null) {
            return List.of(unit);
        }
        if (service != null) {
            return em.createQuery(
                            "select b from BusinessUnit b where :s member of b.services order by b.id",
                            BusinessUnit.class)
                    .setParameter("s", service)
                    .getResultList();
        }
        return em.createQuery("select b from BusinessUnit b order by b.id", BusinessUnit.class)
                .getResultList();
    }

    /** Queues the reminders due at {@code now}; returns how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public int remindDue(Instant now) {
        List<Number> ids = em.createNativeQuery("select id from survey_invitation where remind_due_at <= ?1"
                        + " and reminded_at is null and status in ('INVITED', 'OPENED') and expires_at > ?1"
                        + " order by remind_due_at, id fetch first 500 rows only for update skip locked")
                .setParameter(1, now)
                .getResultList();
        for (Number id : ids) {
            em.find(SurveyInvitation.class, id.longValue()).reminded(now);
            queue.enqueue(SurveyReminderHandler.KIND, id.longValue());
        }
        return ids.size();
    }
}
