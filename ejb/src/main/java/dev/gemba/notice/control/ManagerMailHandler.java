package dev.gemba.notice.control;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import dev.gemba.catalog.boundary.CatalogNames;
import dev.gemba.mail.boundary.Mail;
import dev.gemba.mail.boundary.Mailer;
import dev.gemba.notice.entity.Audience;
import dev.gemba.notice.entity.DeliveryStatus;
import dev.gemba.notice.entity.Notice;
import dev.gemba.notice.entity.NoticeRecipient;
import dev.gemba.platform.boundary.CallerLocale;
import dev.gemba.platform.queue.WorkHandler;

/**
 * Tells a relationship manager (subject: their recipient row) of a notice, with the list of the
 * people of their business units who are told: one message per manager and notice.
 */
@Stateless
@LocalBean
@Local(WorkHandler.class) // with @LocalBean an implemented interface is a business view only when named
public class ManagerMailHandler implements WorkHandler {

    public static final String KIND = "notice.manager";
    private static final Logger LOG = Logger.getLogger(ManagerMailHandler.class.getName());

    @Inject
    NoticeRepository notices;

    @EJB
    CatalogNames catalog;

    @EJB
    Mailer mailer;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public void process(long recipientId) throws Exception {
        NoticeRecipient manager = notices.recipient(recipientId).orElse(null);
        if (manager == null || manager.getStatus() != DeliveryStatus.WAITING) {
            return;
        }
        Notice notice = manager.getNotice();
        String address = manager.getReader().getAddress();
        List<NoticeRecipient> people = notices.recipients(notice).stream()
                .filter(r -> r.getAudience() == Audience.PERSON)
                .toList();
        Map<Long, String> units = catalog
                .managers(people.stream()
                        .map(NoticeRecipient::getBusinessUnitId)
                        .filter(java.util.Objects::nonNull)
                        .collect(Collectors.toSet()))
                .stream()
                .filter(m ->
                        m.email() != null && NoticeComposer.address(m.email()).equals(address))
                .collect(Collectors.toMap(m -> m.businessUnitId(), m -> m.businessUnitName()));
        Set<Long> mine = units.keySet();
        Mail mail;
        try (var scope =
                CallerLocale.use(Locale.forLanguageTag(manager.getReader().getLanguage()))) {
            List<String> lines = people.stream()
                    .filter(p -> mine.contains(p.getBusinessUnitId()))
                    .map(p -> text(
                            "notice.manager.person",
                            p.getReader().getName() == null ? "" : p.getReader().getName(),
                            p.getReader().getAddress(),
                            units.get(p.getBusinessUnitId()),
                            text(delivery(p))))
                    .toList();
            mail = Mail.withUnsubscribe(
                    address,
                    NoticeMail.managerSubject(notice),
                    NoticeMail.managerBody(manager.getReader().getName(), notice, lines),
                    "notice-" + notice.getId() + "-manager-" + manager.getId(),
                    CallerLocale.current());
        }
        if (mailer.send(mail)) {
            manager.sent(Instant.now());
        } else {
            manager.optedOut();
        }
    }

    /** The key of what became of a person's mail, one per status in ServiceMessages*.properties. */
    private static String delivery(NoticeRecipient person) {
        return "notice.delivery." + person.getStatus();
    }

    @Override
    public void gaveUp(long recipientId, String error) {
        LOG.warning(() -> "No notice for relationship manager (recipient " + recipientId + "): " + error);
    }
}
