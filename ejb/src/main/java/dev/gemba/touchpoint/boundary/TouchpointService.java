package dev.gemba.touchpoint.boundary;

import static dev.gemba.platform.boundary.ServiceMessages.text;
import static dev.gemba.platform.control.InputValidator.blankToNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import dev.gemba.analysis.boundary.TextAnalysisService;
import dev.gemba.catalog.control.BusinessUnitRepository;
import dev.gemba.catalog.control.ItServiceRepository;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.boundary.NotPermittedException;
import dev.gemba.platform.boundary.Page;
import dev.gemba.platform.boundary.PageRequest;
import dev.gemba.platform.boundary.RecordNotFoundException;
import dev.gemba.platform.boundary.StaleUpdateException;
import dev.gemba.platform.control.InputValidator;
import dev.gemba.security.entity.Role;
import dev.gemba.touchpoint.control.ActionOwners;
import dev.gemba.touchpoint.control.TouchpointNotesTexts;
import dev.gemba.touchpoint.control.TouchpointRepository;
import dev.gemba.touchpoint.control.VocabularyRepository;
import dev.gemba.touchpoint.entity.FollowUp;
import dev.gemba.touchpoint.entity.FollowUpStatus;
import dev.gemba.touchpoint.entity.InformationItem;
import dev.gemba.touchpoint.entity.Touchpoint;
import dev.gemba.touchpoint.entity.TouchpointType;

/**
 * Touchpoints: every signed-in role reads; relationship managers and admins log them. A touchpoint
 * is changed or deleted by administrators, by whoever logged it and by the relationship manager of
 * its business unit.
 */
@Stateless
@RolesAllowed(Role.ANY_SIGNED_IN)
public class TouchpointService {

    /** Touchpoints before this are typing errors, not history. */
    static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");

    /** Touchpoints can be planned a year ahead; further is a typing error. */
    static final long MAX_DAYS_AHEAD = 366;

    @Inject
    TouchpointRepository touchpoints;

    @Inject
    VocabularyRepository vocabulary;

    @Inject
    ItServiceRepository services;

    @Inject
    BusinessUnitRepository units;

    @Inject
    InputValidator validator;

    @Inject
    ActionOwners owners;

    @Resource
    SessionContext session;

    @jakarta.ejb.EJB
    TextAnalysisService analysis;

    Clock clock = Clock.systemUTC();

    public Page<TouchpointDetails> search(TouchpointQuery query, PageRequest page) {
        LocalDate today = today();
        var items = touchpoints.search(query, page).stream()
                .map(t -> TouchpointDetails.of(t, today))
                .toList();
        return new Page<>(items, page.page(), page.size(), touchpoints.count(query));
    }

    public TouchpointDetails get(long id) {
        return TouchpointDetails.of(load(id), today());
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
    public TouchpointDetails create(TouchpointForm form) {
        validator.check(form);
        Instant now = clock.instant();
        var touchpoint = new Touchpoint(caller(), now);
        apply(form, touchpoint, now);
        touchpoints.store(touchpoint);
        touchpoints.flush();
        analyseNotes(touchpoint);
        return TouchpointDetails.of(touchpoint, today());
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
    public TouchpointDetails update(long id, TouchpointForm form) {
        validator.check(form);
        Touchpoint touchpoint = load(id);
        requireMayChange(touchpoint);
        if (form.version() == null) {
            throw new InvalidInputException("version", text("version.required"));
        }
        if (form.version() != touchpoint.getVersion()) {
            throw new StaleUpdateException("touchpoint", id, form.version(), touchpoint.getVersion());
        }
        Instant now = clock.instant();
        String analysedBefore = touchpoint.analysedText();
        apply(form, touchpoint, now);
        touchpoint.changedBy(caller(), now);
        if (!touchpoint.analysedText().equals(analysedBefore)) {
            analyseNotes(touchpoint);
        }
        touchpoints.flush();
        return TouchpointDetails.of(touchpoint, today());
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
    public void delete(long id) {
        Touchpoint touchpoint = load(id);
        requireMayChange(touchpoint);
        touchpoints.remove(touchpoint);
    }

    /** Whether the caller may change or delete the touchpoint (see the class comment). */
    public boolean mayChange(long id) {
        return mayChange(load(id));
    }

    private boolean mayChange(Touchpoint touchpoint) {
        if (session.isCallerInRole(Role.ADMIN_NAME)) {
            return true;
        }
        if (!session.isCallerInRole(Role.RELATIONSHIP_MANAGER_NAME)) {
            return false;
        }
        String caller = caller();
        var manager = touchpoint.getBusinessUnit() == null
                ? null
                : touchpoint.getBusinessUnit().getRelationshipManager();
        return caller.equals(touchpoint.getCreatedBy()) || (manager != null && caller.equals(manager.getUsername()));
    }

    private void requireMayChange(Touchpoint touchpoint) {
        if (!mayChange(touchpoint)) {
            throw new NotPermittedException(text("touchpoint.not-yours"));
        }
    }

    private void apply(TouchpointForm form, Touchpoint touchpoint, Instant now) {
        checkOccurredAt(form.occurredAt(), now);
        TouchpointType type = vocabulary
                .find(TouchpointType.class, form.typeId())
                .orElseThrow(() -> new InvalidInputException("typeId", text("touchpoint-type.unknown", form.typeId())));
        if (type.getPhase() != form.phase()) {
            throw new InvalidInputException(
                    "typeId", text("touchpoint-type.other-phase", type.getName(), type.getPhase(), form.phase()));
        }
        boolean typeChanged =
                touchpoint.getType() == null || !touchpoint.getType().getId().equals(type.getId());
        if (type.isRetired() && typeChanged) {
            throw new InvalidInputException("typeId", text("touchpoint-type.retired", type.getName()));
        }
        touchpoint.classify(form.phase(), type);
        touchpoint.setOccurredAt(form.occurredAt().truncatedTo(ChronoUnit.SECONDS));
        touchpoint.setBusinessUnit(units.find(form.businessUnitId())
                .orElseThrow(() -> new InvalidInputException(
                        "businessUnitId", text("business-unit.unknown", form.businessUnitId()))));
        touchpoint.replaceServices(services.requireAll(form.serviceIds(), "serviceIds"));
        touchpoint.setChannel(form.channel());
        touchpoint.setSummary(form.summary().strip());
        touchpoint.setNotes(blankToNull(form.notes()));
        touchpoint.setOutcomes(blankToNull(form.outcomes()));
        touchpoint.replaceItParticipants(
                form.itParticipants().stream().map(String::strip).toList());
        touchpoint.replaceBusinessContacts(
                form.businessContacts().stream().map(String::strip).toList());
        touchpoint.replaceInformationCaptured(informationOf(form));
        applyFollowUps(form.followUps(), touchpoint, now);
    }

    /** Queued in the same transaction as the change, so a crash cannot lose the analysis. */
    private void analyseNotes(Touchpoint touchpoint) {
        touchpoint.notesAnalysis().requested();
        analysis.request(TouchpointNotesTexts.KIND, touchpoint.getId());
    }

    private void checkOccurredAt(Instant occurredAt, Instant now) {
        if (occurredAt.isBefore(EARLIEST)) {
            throw new InvalidInputException("occurredAt", text("touchpoint.too-early", EARLIEST));
        }
        if (occurredAt.isAfter(now.plus(MAX_DAYS_AHEAD, ChronoUnit.DAYS))) {
            throw new InvalidInputException("occurredAt", text("touchpoint.too-late", MAX_DAYS_AHEAD));
        }
    }

    private Set<InformationItem> informationOf(TouchpointForm form) {
        List<InformationItem> found = vocabulary.findAllById(InformationItem.class, form.informationItemIds());
        if (found.size() != form.informationItemIds().size()) {
            Set<Long> missing = new HashSet<>(form.informationItemIds());
            found.forEach(i -> missing.remove(i.getId()));
            throw new InvalidInputException(
                    "informationItemIds",
                    text("information-item.unknown", missing.stream().sorted().toList()));
        }
        for (InformationItem item : found) {
            if (item.getPhase() != form.phase()) {
                throw new InvalidInputException(
                        "informationItemIds",
                        text("information-item.other-phase", item.getName(), item.getPhase(), form.phase()));
            }
        }
        return new HashSet<>(found);
    }

    /** Updates actions by id in place, adds new ones and removes the ones left out. */
    private void applyFollowUps(List<FollowUpEntry> entries, Touchpoint touchpoint, Instant now) {
        Map<Long, FollowUp> existing = new HashMap<>();
        touchpoint.followUps().forEach(f -> existing.put(f.getId(), f));
        List<FollowUp> result = new java.util.ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            FollowUpEntry entry = entries.get(i);
            String field = "followUps[" + i + "]";
            FollowUp action;
            if (entry.id() == null) {
                action = new FollowUp(touchpoint);
            } else {
                action = existing.remove(entry.id());
                if (action == null) {
                    throw new InvalidInputException(field + ".id", text("follow-up.unknown", entry.id()));
                }
            }
            action.setPosition(i);
            action.setText(entry.text().strip());
            action.setOwner(owners.require(entry.owner(), field + ".owner"));
            action.setDueDate(entry.dueDate());
            action.changeStatus(entry.status() == null ? FollowUpStatus.OPEN : entry.status(), now);
            result.add(action);
        }
        touchpoint.followUps().clear();
        touchpoint.followUps().addAll(result);
    }

    private Touchpoint load(long id) {
        return touchpoints.find(id).orElseThrow(() -> new RecordNotFoundException("touchpoint", id));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
