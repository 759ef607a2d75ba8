package dev.gemba.steering.boundary;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import dev.gemba.platform.boundary.DuplicateException;
import dev.gemba.platform.boundary.FieldError;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.boundary.RecordNotFoundException;
import dev.gemba.platform.boundary.StaleUpdateException;
import dev.gemba.platform.control.InputValidator;
import dev.gemba.security.boundary.UserRef;
import dev.gemba.security.boundary.UserService;
import dev.gemba.security.entity.Role;
import dev.gemba.steering.control.Caller;
import dev.gemba.steering.control.CommitteeRepository;
import dev.gemba.steering.entity.Committee;
import dev.gemba.steering.entity.Meeting;

/**
 * Steering committees: admins set them up; chairs manage their members and schedule meetings;
 * every signed-in person reads them.
 */
@Stateless
@RolesAllowed(Role.PERSON_NAME)
public class CommitteeService {

    @Inject
    CommitteeRepository committees;

    @Inject
    InputValidator validator;

    @EJB
    UserService users;

    @Inject
    dev.gemba.steering.control.DecisionRepository decisions;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemUTC();

    public List<CommitteeDetails> list() {
        return committees.all().stream().map(this::details).toList();
    }

    public CommitteeDetails get(long id) {
        return details(load(id));
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public CommitteeDetails create(CommitteeForm form) {
        validator.check(form);
        unique(form.name(), null);
        Committee c = new Committee(caller().username(), clock.instant());
        apply(c, form);
        committees.store(c);
        committees.flush();
        return details(c);
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public CommitteeDetails change(long id, CommitteeForm form) {
        validator.check(form);
        Committee c = load(id);
        checkVersion(c, form.version());
        unique(form.name(), id);
        apply(c, form);
        committees.flush();
        return details(c);
    }

    /** The chair (or an admin) sets the members; the chair stays one. */
    public CommitteeDetails changeMembers(long id, MembersForm form) {
        validator.check(form);
        Committee c = load(id);
        caller().mustChair(c);
        checkVersion(c, form.version());
        List<FieldError> errors = new ArrayList<>();
        Set<String> members = people(form.members(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        c.getMembers().clear();
        c.getMembers().addAll(members);
        c.getMembers().add(c.getChair());
        committees.flush();
        return details(c);
    }

    public List<MeetingDetails> meetings(long committeeId) {
        Committee c = load(committeeId);
        return committees.meetings(c).stream()
                .map(m -> MeetingDetails.of(m, caller(), decisions.ofMeeting(m).size()))
                .toList();
    }

    /** The chair (or an admin) schedules a meeting; its agenda is generated when first read. */
    public MeetingDetails schedule(long committeeId, MeetingForm form) {
        validator.check(form);
        Committee c = load(committeeId);
        caller().mustChair(c);
        Meeting m = new Meeting(c, form.scheduledOn(), caller().username());
        committees.store(m);
        committees.flush();
        return MeetingDetails.of(m, caller(), 0);
    }

    /** Enabled users who may be members. */
    public List<UserRef> people() {
        return users.people();
    }

    private void apply(Committee c, CommitteeForm form) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> members = people(form.members(), errors);
        String chair = form.chair().strip();
        if (people(Set.of(chair), new ArrayList<>()).isEmpty()) {
            errors.add(new FieldError("chair", text("user.unknown-active", chair)));
        }
        if (!form.everything()
                && form.serviceIds().isEmpty()
                && form.businessUnitIds().isEmpty()) {
            errors.add(new FieldError("serviceIds", text("steering.scope-required")));
        }
        if (committees.countServices(form.serviceIds()) != form.serviceIds().size()) {
            errors.add(new FieldError("serviceIds", text("steering.unknown-services")));
        }
        if (committees.countBusinessUnits(form.businessUnitIds())
                != form.businessUnitIds().size()) {
            errors.add(new FieldError("businessUnitIds", text("steering.unknown-units")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        c.setName(form.name().strip());
        c.setChair(chair);
        c.setEverything(form.everything());
        c.setCadence(form.cadence());
        c.getMembers().clear();
        c.getMembers().addAll(members);
        c.getMembers().add(chair);
        c.getServiceIds().clear();
        c.getBusinessUnitIds().clear();
        if (!form.everything()) {
            c.getServiceIds().addAll(form.serviceIds());
            c.getBusinessUnitIds().addAll(form.businessUnitIds());
        }
    }

    private Set<String> people(Set<String> names, List<FieldError> errors) {
        Set<String> known = new LinkedHashSet<>();
        var active = users.people().stream().map(UserRef::username).toList();
        for (String name : names) {
            String n = name == null ? "" : name.strip();
            if (active.contains(n)) {
                known.add(n);
            } else {
                errors.add(new FieldError("members", text("user.unknown-active", n)));
            }
        }
        return known;
    }

    private void unique(String name, Long id) {
        committees.byName(name.strip()).filter(c -> !c.getId().equals(id)).ifPresent(c -> {
            throw new DuplicateException("name", text("steering.name-taken", name.strip()));
        });
    }

    CommitteeDetails details(Committee c) {
        Caller caller = caller();
        var next = committees.nextMeeting(c);
        LocalDate last = committees.meetings(c).stream()
                .map(Meeting::getScheduledOn)
                .findFirst()
                .orElse(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
        return new CommitteeDetails(
                c.getId(),
                c.getName(),
                c.getChair(),
                c.getMembers().stream().sorted().toList(),
                c.isEverything(),
                Set.copyOf(c.getServiceIds()),
                Set.copyOf(c.getBusinessUnitIds()),
                committees.serviceNames(c.getServiceIds()),
                committees.businessUnitNames(c.getBusinessUnitIds()),
                c.getCadence(),
                next.map(Meeting::getId).orElse(null),
                next.map(Meeting::getScheduledOn).orElse(null),
                last.plusDays(c.getCadence().days()),
                caller.admin(),
                caller.mayChair(c),
                caller.mayDecide(c),
                c.getVersion());
    }

    private Committee load(long id) {
        return committees.find(id).orElseThrow(() -> new RecordNotFoundException("committee", id));
    }

    private static void checkVersion(Committee c, Long version) {
        if (version == null) {
            throw new InvalidInputException("version", text("version.required"));
        }
        if (version != c.getVersion()) {
            throw new StaleUpdateException("committee", c.getId(), version, c.getVersion());
        }
    }

    private Caller caller() {
        return Caller.of(session);
    }
}
