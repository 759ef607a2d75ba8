package dev.gemba.survey.control;

import java.time.Instant;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import dev.gemba.platform.queue.WorkHandler;
import dev.gemba.survey.entity.InvitationStatus;
import dev.gemba.survey.entity.SurveyInvitation;

/** Sends the one reminder to a campaign invitee who has not answered, from the durable queue. */
@Stateless
public class SurveyReminderHandler implements WorkHandler {

    public static final String KIND = "survey.reminder";

    @Inject
    InvitationRepository invitations;

    @EJB
    SurveyMailHandler mail;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void process(long invitationId) throws Exception {
        SurveyInvitation invitation = invitations.find(invitationId).orElse(null);
        if (invitation == null
                || invitation.getStatus() == InvitationStatus.ANSWERED
                || invitation.expired(Instant.now())) {
            return;
        }
        mail.send(invitation, true);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void gaveUp(long invitationId, String error) {}
}
