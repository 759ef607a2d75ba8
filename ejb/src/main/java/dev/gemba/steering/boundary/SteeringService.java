package dev.gemba.steering.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import dev.gemba.improvement.boundary.BacklogEntry;
import dev.gemba.improvement.boundary.BacklogService;
import dev.gemba.improvement.boundary.ImprovementService;
import dev.gemba.improvement.entity.ClosureOutcome;
import dev.gemba.improvement.entity.ImprovementStatus;
import dev.gemba.platform.boundary.RecordNotFoundException;
import dev.gemba.security.entity.Role;
import dev.gemba.steering.boundary.SteeringHome.Benefit;
import dev.gemba.steering.boundary.SteeringHome.CommitteeRef;
import dev.gemba.steering.boundary.SteeringHome.DueDecision;
import dev.gemba.steering.boundary.SteeringHome.RankedItem;
import dev.gemba.steering.boundary.SteeringHome.StatusCount;
import dev.gemba.steering.control.Caller;
import dev.gemba.steering.control.CommitteeRepository;
import dev.gemba.steering.control.DecisionRepository;
import dev.gemba.steering.entity.Committee;

/** The steering home page's figures for one committee (the caller's first committee by default). */
@Stateless
@RolesAllowed(Role.PERSON_NAME)
public class SteeringService {

    private static final Set<ImprovementStatus> RANKED = EnumSet.of(
            ImprovementStatus.PROPOSED,
            ImprovementStatus.ACCEPTED,
            ImprovementStatus.APPROVED,
            ImprovementStatus.IN_PROGRESS,
            ImprovementStatus.ON_HOLD,
            ImprovementStatus.DEFERRED);
    private static final Set<ImprovementStatus> MEASURED =
            EnumSet.of(ImprovementStatus.DELIVERED, ImprovementStatus.BENEFITS_REVIEW, ImprovementStatus.CLOSED);

    @Inject
    CommitteeRepository committees;

    @Inject
    DecisionRepository decisions;

    @EJB
    BacklogService backlog;

    @EJB
    ImprovementService improvements;

    @EJB
    MeetingService meetings;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemUTC();

    /** The home page; {@code committeeId} null picks the caller's first committee, or the first of all. */
    public SteeringHome home(Long committeeId) {
        List<Committee> all = committees.all();
        var refs =
                all.stream().map(c -> new CommitteeRef(c.getId(), c.getName())).toList();
        Caller caller = Caller.of(session);
        Committee c = committeeId != null
                ? all.stream()
                        .filter(x -> x.getId().equals(committeeId))
                        .findFirst()
                        .orElseThrow(() -> new RecordNotFoundException("committee", committeeId))
                : all.stream()
                        .filter(x -> x.hasMember(caller.username()))
                        .findFirst()
                        .orElse(all.isEmpty() ? null : all.get(0));
        if (c == null) {
            return new SteeringHome(refs, null, List.of(), List.of(), List.of(), List.of(), null);
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<BacklogEntry> scope = backlog.backlog().stream()
                .filter(e -> c.covers(e.serviceIds(), e.businessUnitIds()))
                .toList();
        var next = committees.nextMeeting(c);
        List<DueDecision> due = new ArrayList<>();
        next.ifPresent(m -> meetings.agenda(m.getId()).stream()
                .filter(p -> p.itemId() != null && !p.decided())
                .forEach(p -> due.add(new DueDecision(
                        m.getId(), m.getScheduledOn(), p.kind(), p.itemId(), p.itemNumber(), p.title()))));
        return new SteeringHome(
                refs,
                new CommitteeRef(c.getId(), c.getName()),
                byStatus(scope, today),
                due,
                ranked(scope, today),
                benefits(scope),
                next.map(m -> meetings.get(m.getId())).orElse(null));
    }

    private static List<StatusCount> byStatus(List<BacklogEntry> scope, LocalDate today) {
        List<StatusCount> rows = new ArrayList<>();
        for (ImprovementStatus s : ImprovementStatus.values()) {
            var ages = scope.stream()
                    .filter(e -> e.status() == s)
                    .mapToLong(e -> days(e, today))
                    .toArray();
            if (ages.length > 0) {
                rows.add(new StatusCount(
                        s,
                        ages.length,
                        Math.round(java.util.Arrays.stream(ages).average().orElse(0)),
                        java.util.Arrays.stream(ages).max().orElse(0)));
            }
        }
        return rows;
    }

    private List<RankedItem> ranked(List<BacklogEntry> scope, LocalDate today) {
        Map<Long, Double> overrides = decisions.overrides();
        var open = scope.stream()
                .filter(e -> RANKED.contains(e.status()))
                .sorted(Comparator.comparingDouble((BacklogEntry e) -> overrides.getOrDefault(e.id(), e.score()))
                        .reversed()
                        .thenComparing(BacklogEntry::number))
                .toList();
        List<RankedItem> rows = new ArrayList<>();
        for (BacklogEntry e : open) {
            rows.add(new RankedItem(
                    rows.size() + 1,
                    e.id(),
                    e.number(),
                    e.title(),
                    e.status(),
                    e.score(),
                    overrides.get(e.id()),
                    days(e, today)));
        }
        return rows;
    }

    private List<Benefit> benefits(List<BacklogEntry> scope) {
        return scope.stream()
                .filter(e -> MEASURED.contains(e.status()) && e.closure() != ClosureOutcome.WITHDRAWN)
                .map(e -> {
                    var o = improvements.outcome(e.id());
                    return new Benefit(
                            e.id(),
                            e.number(),
                            e.title(),
                            e.status(),
                            e.closure(),
                            o.before().value(),
                            o.after().value(),
                            o.verdict().name(),
                            o.higherIsBetter());
                })
                .toList();
    }

    private static long days(BacklogEntry e, LocalDate today) {
        return Math.max(0, ChronoUnit.DAYS.between(LocalDate.ofInstant(e.inStatusSince(), ZoneOffset.UTC), today));
    }
}
