package dev.gemba.mail.boundary;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import dev.gemba.mail.control.MailRecipients;
import dev.gemba.mail.entity.MailRecipient;
import dev.gemba.platform.boundary.InvalidInputException;

/** The unsubscribe link's use: open to everybody, the unguessable token is the credential. */
@Stateless
@PermitAll
public class UnsubscribeService {

    @Inject
    MailRecipients recipients;

    /** The link's address and state, without changing anything. */
    public Unsubscribed status(String token) {
        MailRecipient r = load(token);
        return new Unsubscribed(Unsubscribed.hidden(r.getAddress()), r.getOptedOutAt());
    }

    /** Opts the link's address out of all mail that is not transactional, from now on. */
    public Unsubscribed unsubscribe(String token) {
        MailRecipient r = load(token);
        r.optOut(Instant.now());
        return new Unsubscribed(Unsubscribed.hidden(r.getAddress()), r.getOptedOutAt());
    }

    private MailRecipient load(String token) {
        return recipients.byToken(token).orElseThrow(() -> new InvalidInputException("t", text("mail.token-unknown")));
    }
}
