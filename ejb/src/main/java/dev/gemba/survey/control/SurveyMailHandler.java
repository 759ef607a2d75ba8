package dev.gemba.survey.control;

import java.time.Instant;
import java.util.Locale;

import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import dev.gemba.mail.boundary.Mail;
import dev.gemba.mail.boundary.Mailer;
import dev.gemba.platform.boundary.CallerLocale;
import dev.gemba.platform.queue.WorkHandler;
import dev.gemba.survey.entity.InvitationStatus;
import dev.gemba.survey.entity.SurveyInvitation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends an invitation's first mail from the durable queue; {@link SurveyReminderHandler} sends the reminder.
 * Delivery is at least once: a crash after sending and before the commit sends again.
 */
@Stateless
@LocalBean
@Local(WorkHandler.class) // with @LocalBean an implemented interface is a business view only when named
public class SurveyMailHandler implements WorkHandler {

    public static final String KIND = "survey.invitation";

    @Inject
    InvitationRepository invitations;

    @Inject
    InvitationTokens tokens;

    @Inject
    Mailer mailer;

    @Inject
    @ConfigProperty(name = "gemba.public.url", defaultValue = "http://localhost:8080")
    String publicUrl;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void process(long invitationId) throws Exception {
        SurveyInvitation invitation = invitations.find(invitationId).orElse(null);
        if (invitation == null
                || invitation.getSentAt() != null
                || invitation.getStatus() == InvitationStatus.SKIPPED) {
            return;
        }
        send(invitation, false);
        invitation.sent(Instant.now());
    }

    /** Sends the invitation's mail, or its reminder, in the invitation's language. */
    public void send(SurveyInvitation invitation, boolean reminder) throws Exception {
        String language = invitation.getLanguage();
        InvitationMail mail;
        try (var scope = CallerLocale.use(Locale.forLanguageTag(language))) {
            mail = InvitationMail.compose(
                    invitation.getSurvey().title(language),
                    invitation.getContactName(),
                    invitation.getTicketRef(),
                    link(invitation.getId()),
                    invitation.getExpiresAt(),
                    reminder);
        }
        // transactional: the invitation asks about the reader's own ticket or relationship
        mailer.send(Mail.transactional(
                invitation.getContactEmail(),
                mail.subject(),
                mail.body(),
                "invitation-" + invitation.getId() + (reminder ? "-reminder" : ""),
                Locale.forLanguageTag(language)));
    }

    public String link(long invitationId) {
        return publicUrl.replaceAll("/+$", "") + "/respond.xhtml?t=" + tokens.token(invitationId);
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void gaveUp(long invitationId, String error) {
        // the invitation stays unsent; campaign progress shows it as not sent
    }
}
