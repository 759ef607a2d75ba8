package dev.gemba.notice.control;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import dev.gemba.catalog.boundary.CatalogNames;
import dev.gemba.catalog.boundary.UnitManager;
import dev.gemba.finding.boundary.EvidenceContacts;
import dev.gemba.finding.boundary.EvidencePerson;
import dev.gemba.improvement.boundary.ChangeNote;
import dev.gemba.mail.boundary.Mailer;
import dev.gemba.notice.entity.Audience;
import dev.gemba.notice.entity.Notice;
import dev.gemba.notice.entity.NoticeReader;
import dev.gemba.notice.entity.NoticeRecipient;
import dev.gemba.platform.queue.WorkQueue;

/**
 * Writes the notice of one status change and decides who is told: every person with an address
 * whose feedback or survey answers are evidence of the item's findings (anonymous voices count for
 * their business unit but are told nothing), in the language they last wrote in, through their
 * weekly digest; and, one message each, the relationship managers of those people's business units.
 * A change has at most one notice: composing it again finds it and adds nothing.
 */
@Dependent
public class NoticeComposer {

    @Inject
    NoticeRepository notices;

    @EJB
    EvidenceContacts evidence;

    @EJB
    CatalogNames catalog;

    @EJB
    Mailer mailer;

    @EJB
    WorkQueue queue;

    /** The new notice, or empty when the change already has one. */
    public Optional<Notice> compose(ChangeNote change, String announcedBy, Instant now) {
        if (notices.byTransition(change.transitionId()).isPresent()) {
            return Optional.empty();
        }
        Notice notice = new Notice(
                change.itemId(),
                change.transitionId(),
                change.number(),
                change.title(),
                change.from() == null ? null : change.from().name(),
                change.to().name(),
                change.closure() == null ? null : change.closure().name(),
                change.at(),
                announcedBy,
                now);
        List<EvidencePerson> people = evidence.people(change.findingIds());
        people.stream().filter(p -> p.businessUnitId() != null).forEach(p -> notice.getVoices()
                .merge(p.businessUnitId(), 1, Integer::sum));
        notices.store(notice);
        notices.flush(); // the unique change id: a concurrent composer of the same change fails here
        Map<String, EvidencePerson> told = latestByAddress(people);
        for (EvidencePerson p : told.values()) {
            NoticeReader reader = notices.lockReader(address(p.address()), p.name(), language(p.language()));
            reader.update(p.name(), language(p.language()));
            NoticeRecipient r = new NoticeRecipient(notice, reader, Audience.PERSON, p.businessUnitId());
            notices.store(r);
            if (mailer.optedOut(reader.getAddress())) {
                r.optedOut();
                continue;
            }
            Instant due = reader.planDigest(now);
            if (due != null) {
                queue.enqueueAt(DigestHandler.KIND, reader.getId(), due);
            }
        }
        managers(notice, told.values());
        notices.flush();
        return Optional.of(notice);
    }

    /** One message per relationship manager, whatever the number of their units among the people told. */
    private void managers(Notice notice, java.util.Collection<EvidencePerson> told) {
        List<Long> units = told.stream()
                .map(EvidencePerson::businessUnitId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
        Map<String, UnitManager> byAddress = new LinkedHashMap<>();
        for (UnitManager m : catalog.managers(units)) {
            if (m.email() != null && !m.email().isBlank()) {
                byAddress.putIfAbsent(address(m.email()), m);
            }
        }
        for (var e : byAddress.entrySet()) {
            NoticeReader reader = notices.lockReader(e.getKey(), e.getValue().name(), "en");
            NoticeRecipient r = new NoticeRecipient(notice, reader, Audience.RELATIONSHIP_MANAGER, null);
            notices.store(r);
            notices.flush();
            queue.enqueue(ManagerMailHandler.KIND, r.getId());
        }
    }

    /** Each address once, with the name, language and unit of what they said last. */
    private static Map<String, EvidencePerson> latestByAddress(List<EvidencePerson> people) {
        Map<String, EvidencePerson> latest = new LinkedHashMap<>();
        people.stream()
                .filter(p -> p.address() != null)
                .sorted(Comparator.comparing(EvidencePerson::said, Comparator.nullsFirst(Comparator.naturalOrder())))
                .forEach(p -> latest.put(address(p.address()), p));
        return latest;
    }

    static String address(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }

    /** German for people who wrote German, English for everyone else (the languages Gemba writes). */
    static String language(String language) {
        return language != null && language.toLowerCase(Locale.ROOT).startsWith("de") ? "de" : "en";
    }
}
