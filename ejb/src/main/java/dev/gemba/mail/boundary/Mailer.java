package dev.gemba.mail.boundary;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import dev.gemba.mail.control.MailRecipients;
import dev.gemba.mail.control.MailTransport;
import dev.gemba.platform.boundary.CallerLocale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends mail for any feature (SMTP, or .eml files in demo mode). Mail that is not transactional
 * gets an unsubscribe link in its footer and a List-Unsubscribe header, and is dropped for an
 * address that opted out: checked at the moment of sending, so an opt-out counts at once.
 */
@Stateless
public class Mailer {

    @Inject
    MailTransport transport;

    @Inject
    MailRecipients recipients;

    @Inject
    @ConfigProperty(name = "gemba.public.url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** Sends the mail; false when it was not sent because its address opted out. */
    public boolean send(Mail mail) throws Exception {
        if (mail.transactional()) {
            transport.send(mail.to(), mail.subject(), mail.body(), mail.attachments(), mail.fileStem(), null);
            return true;
        }
        if (recipients.optedOut(mail.to())) {
            return false;
        }
        String token = recipients.token(mail.to());
        String footer;
        try (var scope = CallerLocale.use(mail.language())) {
            footer = text("mail.unsubscribe", unsubscribePage(token, mail.language()));
        }
        transport.send(
                mail.to(),
                mail.subject(),
                mail.body() + "\n--\n" + footer + "\n",
                mail.attachments(),
                mail.fileStem(),
                oneClick(token));
        return true;
    }

    /** Whether mail that is not transactional may go to this address. */
    public boolean optedOut(String address) {
        return recipients.optedOut(address);
    }

    private String unsubscribePage(String token, java.util.Locale language) {
        return base() + "/unsubscribe.xhtml?t=" + token + "&lang=" + language.getLanguage();
    }

    private String oneClick(String token) {
        return base() + "/api/v1/unsubscribe?t=" + token;
    }

    private String base() {
        return publicUrl.replaceAll("/+$", "");
    }
}
