package dev.gemba.notice.boundary;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import dev.gemba.catalog.boundary.CatalogNames;
import dev.gemba.improvement.boundary.ChangeNote;
import dev.gemba.improvement.boundary.ImprovementChanges;
import dev.gemba.notice.control.NoticeComposer;
import dev.gemba.notice.control.NoticeRepository;
import dev.gemba.notice.entity.Audience;
import dev.gemba.notice.entity.DeliveryStatus;
import dev.gemba.notice.entity.Notice;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.boundary.NotPermittedException;
import dev.gemba.platform.boundary.RecordNotFoundException;
import dev.gemba.platform.boundary.RuleViolationException;
import dev.gemba.platform.control.InputValidator;
import dev.gemba.security.entity.Role;

/**
 * "You said, we did": every signed-in person reads who was told what and when, per item and per
 * business unit; an item's owner (or an admin) announces a status change that is not told of by
 * itself (delivered and successful closures are).
 */
@Stateless
@RolesAllowed(Role.PERSON_NAME)
public class NoticeService {

    @Inject
    NoticeRepository notices;

    @Inject
    NoticeComposer composer;

    @EJB
    ImprovementChanges changes;

    @EJB
    CatalogNames catalog;

    @Inject
    InputValidator validator;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemUTC();

    /** The item's notices, newest change first, each with who was told and when. */
    public List<NoticeEntry> ofItem(long itemId) {
        changes.latest(itemId).orElseThrow(() -> new RecordNotFoundException("improvement item", itemId));
        return notices.ofItem(itemId).stream().map(this::entry).toList();
    }

    /** Announces a status change of the item (its latest by default); each change is announced once. */
    public NoticeEntry announce(long itemId, AnnounceForm form) {
        validator.check(form);
        ChangeNote latest =
                changes.latest(itemId).orElseThrow(() -> new RecordNotFoundException("improvement item", itemId));
        String caller = session.getCallerPrincipal().getName();
        if (!session.isCallerInRole(Role.ADMIN_NAME) && !caller.equals(latest.owner())) {
            throw new NotPermittedException(text("notice.owner-only"));
        }
        ChangeNote change = form.transitionId() == null
                ? latest
                : changes.note(form.transitionId())
                        .filter(c -> c.itemId() == itemId)
                        .orElseThrow(() -> new InvalidInputException(
                                "transitionId", text("notice.change-unknown", form.transitionId())));
        Notice notice = composer.compose(change, caller, clock.instant())
                .orElseThrow(() -> new RuleViolationException("notice.once", text("notice.already-announced")));
        return entry(notice);
    }

    /** The delivered or successfully closed items that came from a business unit's people's feedback. */
    public List<UnitDelivery> youSaidWeDid(long businessUnitId) {
        if (!catalog.unitNames().containsKey(businessUnitId)) {
            throw new InvalidInputException("businessUnit", text("business-unit.unknown", businessUnitId));
        }
        List<UnitDelivery> rows = new ArrayList<>();
        Set<Long> items = new HashSet<>();
        for (Notice n : notices.ofUnit(businessUnitId)) {
            if (success(n) && items.add(n.getItemId())) {
                long told = notices.recipients(n).stream()
                        .filter(r -> r.getAudience() == Audience.PERSON
                                && businessUnitId == (r.getBusinessUnitId() == null ? -1 : r.getBusinessUnitId())
                                && r.getStatus() != DeliveryStatus.OPTED_OUT)
                        .count();
                rows.add(new UnitDelivery(
                        n.getItemId(),
                        n.getItemNumber(),
                        n.getTitle(),
                        n.getToStatus(),
                        n.getClosure(),
                        n.getChangedAt(),
                        n.getVoices().getOrDefault(businessUnitId, 0),
                        told));
            }
        }
        return rows;
    }

    private static boolean success(Notice n) {
        return "DELIVERED".equals(n.getToStatus())
                || ("CLOSED".equals(n.getToStatus())
                        && ("SUCCESSFUL".equals(n.getClosure()) || "PARTLY_SUCCESSFUL".equals(n.getClosure())));
    }

    private NoticeEntry entry(Notice n) {
        return NoticeEntry.of(
                n, notices.recipients(n).stream().map(RecipientEntry::of).toList());
    }
}
