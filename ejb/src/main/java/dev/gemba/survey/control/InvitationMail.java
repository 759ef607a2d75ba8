package dev.gemba.survey.control;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.time.Instant;

import dev.gemba.platform.boundary.CallerLocale;
import dev.gemba.platform.boundary.DisplayTime;

/**
 * An invitation or reminder mail in the caller's language (the invitation's, set by the sender):
 * the survey's title in that language, the ticket it asks about, and the link's expiry written as
 * pages write times, with the zone's name since the reader may be elsewhere.
 */
record InvitationMail(String subject, String body) {

    /**
     * @param contactName the greeting's name, or null
     * @param ticketRef the closed ticket the survey asks about, or null (campaigns)
     */
    static InvitationMail compose(
            String surveyTitle,
            String contactName,
            String ticketRef,
            String link,
            Instant expiresAt,
            boolean reminder) {
        String subject = ticketRef == null
                ? text("mail.subject", surveyTitle)
                : text("mail.subject.ticket", surveyTitle, ticketRef);
        if (reminder) {
            subject = text("mail.subject.reminder", subject);
        }
        String greeting = contactName == null ? text("mail.greeting.anonymous") : text("mail.greeting", contactName);
        String ask = ticketRef == null
                ? text("mail.ask.relationship", surveyTitle)
                : text("mail.ask.ticket", ticketRef, surveyTitle);
        String valid = text("mail.valid-until", DisplayTime.dateTimeWithZone(expiresAt, CallerLocale.current()));
        return new InvitationMail(subject, greeting + "\n\n" + ask + "\n\n" + link + "\n\n" + valid + "\n");
    }
}
