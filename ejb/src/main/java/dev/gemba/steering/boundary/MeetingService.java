package dev.gemba.steering.boundary;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import dev.gemba.improvement.boundary.BacklogService;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.boundary.RecordNotFoundException;
import dev.gemba.platform.boundary.RuleViolationException;
import dev.gemba.platform.control.InputValidator;
import dev.gemba.security.entity.Role;
import dev.gemba.steering.control.AgendaGenerator;
import dev.gemba.steering.control.Caller;
import dev.gemba.steering.control.CommitteeRepository;
import dev.gemba.steering.control.DecisionRepository;
import dev.gemba.steering.entity.AgendaKind;
import dev.gemba.steering.entity.AgendaPoint;
import dev.gemba.steering.entity.Meeting;

/**
 * A meeting's agenda: generated from the register when first read, refreshed, reordered and
 * extended by the chair until the meeting is held; from then on frozen with the figures shown.
 */
@Stateless
@RolesAllowed(Role.PERSON_NAME)
public class MeetingService {

    @Inject
    CommitteeRepository committees;

    @Inject
    DecisionRepository decisions;

    @Inject
    AgendaGenerator generator;

    @Inject
    InputValidator validator;

    @EJB
    BacklogService backlog;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemUTC();

    public MeetingDetails get(long id) {
        Meeting m = load(id);
        return MeetingDetails.of(m, Caller.of(session), decisions.ofMeeting(m).size());
    }

    /** The agenda; a scheduled meeting's agenda is generated the first time anyone reads it. */
    public List<AgendaRow> agenda(long id) {
        Meeting m = load(id);
        if (!m.held() && m.getAgendaGeneratedAt() == null) {
            regenerate(m);
        }
        return rows(m);
    }

    /** Regenerates the figures and points; the chair's order and points stay (chair, admins). */
    public List<AgendaRow> refresh(long id) {
        Meeting m = open(id);
        regenerate(m);
        return rows(m);
    }

    public List<AgendaRow> addPoint(long id, AgendaPointForm form) {
        validator.check(form);
        Meeting m = open(id);
        agenda(id);
        AgendaPoint p = new AgendaPoint(m, AgendaKind.CHAIR_POINT, form.title().strip());
        p.setNote(InputValidator.blankToNull(form.note()));
        p.setAddedBy(session.getCallerPrincipal().getName());
        String number = InputValidator.blankToNull(form.itemNumber());
        if (number != null) {
            var item = backlog.backlog().stream()
                    .filter(e -> e.number().equalsIgnoreCase(number))
                    .findFirst()
                    .orElseThrow(() -> new InvalidInputException("itemNumber", text("steering.unknown-item", number)));
            p.item(item.id(), item.number(), item.status().name(), item.score());
        }
        p.setPosition(committees.agenda(m).size() + 1);
        committees.store(p);
        committees.flush();
        return rows(m);
    }

    public List<AgendaRow> reorder(long id, AgendaOrder order) {
        validator.check(order);
        Meeting m = open(id);
        List<AgendaPoint> points = committees.agenda(m);
        var ids = points.stream().map(AgendaPoint::getId).toList();
        if (order.pointIds().size() != ids.size() || !new HashSet<>(order.pointIds()).equals(new HashSet<>(ids))) {
            throw new InvalidInputException("pointIds", text("steering.order-incomplete", ids.size()));
        }
        for (AgendaPoint p : points) {
            p.setPosition(order.pointIds().indexOf(p.getId()) + 1);
        }
        committees.flush();
        return rows(m);
    }

    /** Holds the meeting: its agenda is frozen as shown (chair, admins). */
    public MeetingDetails hold(long id) {
        Meeting m = open(id);
        if (m.getAgendaGeneratedAt() == null) {
            regenerate(m);
        }
        m.hold(session.getCallerPrincipal().getName(), clock.instant());
        committees.flush();
        return get(id);
    }

    private void regenerate(Meeting m) {
        Map<String, AgendaPoint> existing = new LinkedHashMap<>();
        List<AgendaPoint> kept = new ArrayList<>();
        for (AgendaPoint p : committees.agenda(m)) {
            if (p.getKind() == AgendaKind.CHAIR_POINT) {
                kept.add(p);
            } else {
                existing.put(p.key(), p);
            }
        }
        List<AgendaPoint> added = new ArrayList<>();
        for (AgendaPoint fresh : generator.generate(m)) {
            AgendaPoint old = existing.remove(fresh.key());
            if (old != null) {
                old.refreshFrom(fresh);
                kept.add(old);
            } else {
                added.add(fresh);
            }
        }
        for (AgendaPoint gone : existing.values()) {
            if (decisions.anyForPoint(gone.getId())) {
                kept.add(gone);
            } else {
                committees.remove(gone);
            }
        }
        kept.sort(java.util.Comparator.comparingInt(AgendaPoint::getPosition));
        int position = 1;
        for (AgendaPoint p : kept) {
            p.setPosition(position++);
        }
        for (AgendaPoint p : added) {
            p.setPosition(position++);
            committees.store(p);
        }
        m.agendaGenerated(clock.instant());
        committees.flush();
    }

    private List<AgendaRow> rows(Meeting m) {
        var decided = new HashSet<Long>();
        decisions.ofMeeting(m).forEach(d -> decided.add(d.getAgendaPointId()));
        return committees.agenda(m).stream()
                .map(p -> new AgendaRow(
                        p.getId(),
                        p.getPosition(),
                        p.getKind(),
                        p.getItemId(),
                        p.getItemNumber(),
                        p.getFindingId(),
                        p.getTitle(),
                        p.getItemStatus(),
                        p.getScore(),
                        p.getPriorityOverride(),
                        p.getDaysInState(),
                        p.getTargetDate(),
                        p.getDeferredUntil(),
                        p.getOutcomeBefore(),
                        p.getOutcomeAfter(),
                        p.getVerdict(),
                        p.getNote(),
                        p.getAddedBy(),
                        decided.contains(p.getId())))
                .toList();
    }

    /** A meeting whose agenda the caller may still change: scheduled, and the caller chairs it. */
    private Meeting open(long id) {
        Meeting m = load(id);
        Caller.of(session).mustChair(m.getCommittee());
        if (m.held()) {
            throw new RuleViolationException("meeting.held", text("steering.meeting-held"));
        }
        return m;
    }

    private Meeting load(long id) {
        return committees.meeting(id).orElseThrow(() -> new RecordNotFoundException("meeting", id));
    }
}
