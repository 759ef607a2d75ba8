package dev.gemba.notice.control;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import dev.gemba.mail.boundary.Mail;
import dev.gemba.mail.boundary.Mailer;
import dev.gemba.notice.entity.NoticeReader;
import dev.gemba.notice.entity.NoticeRecipient;
import dev.gemba.platform.boundary.CallerLocale;
import dev.gemba.platform.queue.WorkHandler;

/**
 * Sends a person's digest (subject: the reader's id) when it is due: every notice waiting for them
 * in one message in their language, at most one a week. An address that opted out gets nothing,
 * also when it opted out after the notices were written. Delivery is at least once.
 */
@Stateless
@LocalBean
@Local(WorkHandler.class) // with @LocalBean an implemented interface is a business view only when named
public class DigestHandler implements WorkHandler {

    public static final String KIND = "notice.digest";
    private static final Logger LOG = Logger.getLogger(DigestHandler.class.getName());

    @Inject
    NoticeRepository notices;

    @EJB
    Mailer mailer;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void process(long readerId) throws Exception {
        NoticeReader reader = notices.lockReader(readerId).orElse(null);
        if (reader == null) {
            return;
        }
        Instant now = Instant.now();
        if (reader.getDigestDueAt() != null && reader.getDigestDueAt().isAfter(now)) {
            return; // a later plan; its own work item comes then
        }
        List<NoticeRecipient> waiting = notices.waiting(reader);
        if (waiting.isEmpty()) {
            reader.digestDropped();
            return;
        }
        Mail mail;
        try (var scope = CallerLocale.use(Locale.forLanguageTag(reader.getLanguage()))) {
            var told = waiting.stream().map(NoticeRecipient::getNotice).toList();
            mail = Mail.withUnsubscribe(
                    reader.getAddress(),
                    NoticeMail.digestSubject(told.size()),
                    NoticeMail.digestBody(reader.getName(), told),
                    "notice-digest-" + reader.getId(),
                    CallerLocale.current());
        }
        if (mailer.send(mail)) {
            waiting.forEach(r -> r.sent(now));
            reader.digestSent(now);
        } else {
            waiting.forEach(NoticeRecipient::optedOut);
            reader.digestDropped();
        }
    }

    @Override
    public void gaveUp(long readerId, String error) {
        LOG.warning(() -> "No notice digest for reader " + readerId + ": " + error);
    }
}
