package dev.gemba.steering.boundary;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import dev.gemba.improvement.boundary.ImprovementDetails;
import dev.gemba.improvement.boundary.ImprovementService;
import dev.gemba.platform.boundary.FieldError;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.boundary.Page;
import dev.gemba.platform.boundary.PageRequest;
import dev.gemba.platform.boundary.RecordNotFoundException;
import dev.gemba.platform.boundary.RuleViolationException;
import dev.gemba.platform.control.InputValidator;
import dev.gemba.security.entity.Role;
import dev.gemba.steering.control.Caller;
import dev.gemba.steering.control.CommitteeRepository;
import dev.gemba.steering.control.DecisionEffects;
import dev.gemba.steering.control.DecisionRepository;
import dev.gemba.steering.entity.AgendaPoint;
import dev.gemba.steering.entity.Decision;
import dev.gemba.steering.entity.Meeting;

/**
 * The decision log: members of a committee (and admins) record decisions in its meetings, and the
 * decision is carried out on the item; everyone reads the log. There is no way to change or delete
 * a decision: a correction is a new decision naming the one it supersedes.
 */
@Stateless
@RolesAllowed(Role.PERSON_NAME)
public class DecisionService {

    @Inject
    CommitteeRepository committees;

    @Inject
    DecisionRepository decisions;

    @Inject
    DecisionEffects effects;

    @Inject
    InputValidator validator;

    @EJB
    ImprovementService improvements;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemUTC();

    /** Records a decision in the meeting and carries it out on the item (committee members, admins). */
    public DecisionEntry decide(long meetingId, DecisionForm form) {
        validator.check(form);
        Meeting meeting =
                committees.meeting(meetingId).orElseThrow(() -> new RecordNotFoundException("meeting", meetingId));
        var committee = meeting.getCommittee();
        Caller caller = Caller.of(session);
        caller.mustDecide(committee);
        AgendaPoint point = point(meeting, form);
        Long itemId = point != null ? point.getItemId() : form.itemId();
        List<FieldError> errors = new ArrayList<>();
        if (itemId == null) {
            throw new InvalidInputException("itemId", text("steering.item-required"));
        }
        ImprovementDetails item = improvements.get(itemId);
        ImprovementDetails target = mergeTarget(form, itemId, errors);
        required(form, meeting, errors);
        Set<String> present = new LinkedHashSet<>(form.present().isEmpty() ? committee.getMembers() : form.present());
        present.stream()
                .filter(p -> !committee.hasMember(p))
                .forEach(p -> errors.add(new FieldError("present", text("steering.not-a-member", p))));
        Decision corrected = form.supersedes() == null ? null : supersedable(form.supersedes(), itemId, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String rationale = form.rationale().strip();
        String why =
                text("steering.reason", committee.getName(), meeting.getScheduledOn(), rationale, caller.username());
        Decision.Effect effect = effects.carryOut(
                itemId,
                form,
                corrected,
                target == null ? null : target.number(),
                why,
                session.isCallerInRole(Role.ADMIN_NAME) || session.isCallerInRole(Role.STEERING_COMMITTEE_NAME));
        Decision d = decisions.append(new Decision(new Decision.Facts(
                meeting,
                point == null ? null : point.getId(),
                itemId,
                item.number(),
                item.title(),
                form.kind(),
                rationale,
                form.deferUntil(),
                target == null ? null : target.id(),
                target == null ? null : target.number(),
                form.priorityOverride(),
                item.score().score(),
                InputValidator.blankToNull(form.owner()),
                form.effortDays(),
                form.budget(),
                form.votesFor(),
                form.votesAgainst(),
                form.votesAbstaining(),
                form.supersedes(),
                present,
                effect,
                caller.username(),
                clock.instant())));
        return DecisionEntry.of(d, null);
    }

    public DecisionEntry get(long id) {
        Decision d = decisions.find(id).orElseThrow(() -> new RecordNotFoundException("decision", id));
        return DecisionEntry.of(d, decisions.supersessions().get(id));
    }

    public Page<DecisionEntry> log(DecisionQuery query, PageRequest page) {
        Map<Long, Long> superseded = decisions.supersessions();
        var rows = decisions.search(query, page.offset(), page.size()).stream()
                .map(d -> DecisionEntry.of(d, superseded.get(d.getId())))
                .toList();
        return new Page<>(rows, page.page(), page.size(), decisions.count(query));
    }

    public List<DecisionEntry> ofMeeting(long meetingId) {
        Meeting m = committees.meeting(meetingId).orElseThrow(() -> new RecordNotFoundException("meeting", meetingId));
        Map<Long, Long> superseded = decisions.supersessions();
        return decisions.ofMeeting(m).stream()
                .map(d -> DecisionEntry.of(d, superseded.get(d.getId())))
                .toList();
    }

    /** The decisions on an item, oldest first (the item page). */
    public List<DecisionEntry> ofItem(long itemId) {
        Map<Long, Long> superseded = decisions.supersessions();
        return decisions.ofItem(itemId).stream()
                .map(d -> DecisionEntry.of(d, superseded.get(d.getId())))
                .toList();
    }

    /** The log as CSV (RFC 4180), newest first, with the same filters as the list. */
    public String csv(DecisionQuery query) {
        return DecisionCsv.of(log(query, new PageRequest(0, PageRequest.MAX_SIZE, null, false))
                .items());
    }

    private AgendaPoint point(Meeting meeting, DecisionForm form) {
        if (form.agendaPointId() == null) {
            return null;
        }
        AgendaPoint p = committees
                .point(form.agendaPointId())
                .filter(x -> x.getMeeting().getId().equals(meeting.getId()))
                .orElseThrow(() -> new InvalidInputException(
                        "agendaPointId", text("steering.unknown-point", form.agendaPointId())));
        if (p.getItemId() == null) {
            throw new InvalidInputException("agendaPointId", text("steering.point-without-item"));
        }
        return p;
    }

    private ImprovementDetails mergeTarget(DecisionForm form, long itemId, List<FieldError> errors) {
        if (form.kind() != dev.gemba.steering.entity.DecisionKind.MERGE) {
            return null;
        }
        if (form.mergedIntoId() == null || form.mergedIntoId() == itemId) {
            errors.add(new FieldError("mergedIntoId", text("steering.merge-target-required")));
            return null;
        }
        try {
            return improvements.get(form.mergedIntoId());
        } catch (RecordNotFoundException e) {
            errors.add(new FieldError("mergedIntoId", text("steering.unknown-item", form.mergedIntoId())));
            return null;
        }
    }

    private static void required(DecisionForm form, Meeting meeting, List<FieldError> errors) {
        switch (form.kind()) {
            case DEFER -> {
                if (form.deferUntil() == null || !form.deferUntil().isAfter(meeting.getScheduledOn())) {
                    errors.add(new FieldError("deferUntil", text("steering.defer-until-required")));
                }
            }
            case CHANGE_PRIORITY -> {
                if (form.priorityOverride() == null) {
                    errors.add(new FieldError("priorityOverride", text("steering.override-required")));
                }
            }
            case ASSIGN_OWNER -> {
                if (form.owner() == null || form.owner().isBlank()) {
                    errors.add(new FieldError("owner", text("steering.owner-required")));
                }
            }
            case APPROVE_EFFORT -> {
                if (form.effortDays() == null && form.budget() == null) {
                    errors.add(new FieldError("effortDays", text("steering.effort-required")));
                }
            }
            default -> {
                // approve, reject and merge need only the rationale (merge its target, checked above)
            }
        }
    }

    /** The decision a correction supersedes, when it may: same item, not superseded yet. */
    private Decision supersedable(long earlierId, long itemId, List<FieldError> errors) {
        var earlier = decisions.find(earlierId);
        if (earlier.isEmpty() || earlier.get().getItemId() != itemId) {
            errors.add(new FieldError("supersedes", text("steering.supersedes-same-item")));
            return null;
        } else if (decisions.supersessions().containsKey(earlierId)) {
            throw new RuleViolationException(
                    "decision.superseded",
                    text(
                            "steering.already-superseded",
                            earlierId,
                            decisions.supersessions().get(earlierId)));
        }
        return earlier.get();
    }
}
