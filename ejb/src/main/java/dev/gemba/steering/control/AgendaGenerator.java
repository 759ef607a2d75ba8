package dev.gemba.steering.control;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import dev.gemba.finding.boundary.FindingQuery;
import dev.gemba.finding.boundary.FindingService;
import dev.gemba.finding.boundary.FindingSummary;
import dev.gemba.finding.entity.FindingStatus;
import dev.gemba.improvement.boundary.BacklogEntry;
import dev.gemba.improvement.boundary.BacklogService;
import dev.gemba.improvement.boundary.ImprovementOutcome;
import dev.gemba.improvement.boundary.ImprovementService;
import dev.gemba.improvement.entity.ImprovementStatus;
import dev.gemba.platform.boundary.PageRequest;
import dev.gemba.steering.entity.AgendaKind;
import dev.gemba.steering.entity.AgendaPoint;
import dev.gemba.steering.entity.Meeting;

/**
 * What needs the committee, as of the meeting date, within its scope: items awaiting approval
 * (with deferred items whose deferral date has come, showing that date) ranked by priority (the committee's override where one is in force, else the computed score),
 * items in progress past their target date and items on hold (with days in their status), items
 * due for their benefits review with the measured outcome, and open findings no item is linked to.
 */
@Dependent
public class AgendaGenerator {

    private static final Set<ImprovementStatus> AWAITING =
            Set.of(ImprovementStatus.PROPOSED, ImprovementStatus.ACCEPTED);
    private static final Set<ImprovementStatus> REVIEWABLE =
            Set.of(ImprovementStatus.DELIVERED, ImprovementStatus.BENEFITS_REVIEW);

    @EJB
    BacklogService backlog;

    @EJB
    ImprovementService improvements;

    @EJB
    FindingService findings;

    @Inject
    DecisionRepository decisions;

    /** The generated points in agenda order, not stored. */
    public List<AgendaPoint> generate(Meeting meeting) {
        var committee = meeting.getCommittee();
        LocalDate asOf = meeting.getScheduledOn();
        Map<Long, Double> overrides = decisions.overrides();
        Map<Long, LocalDate> deferrals = decisions.deferrals();
        List<BacklogEntry> inScope = backlog.backlog().stream()
                .filter(e -> committee.covers(e.serviceIds(), e.businessUnitIds()))
                .toList();
        List<AgendaPoint> points = new ArrayList<>();
        inScope.stream()
                .filter(e -> AWAITING.contains(e.status()) || deferralCame(e, deferrals, asOf))
                .sorted(Comparator.comparingDouble((BacklogEntry e) -> overrides.getOrDefault(e.id(), e.score()))
                        .reversed()
                        .thenComparing(BacklogEntry::number))
                .forEach(e -> {
                    AgendaPoint p = point(meeting, AgendaKind.AWAITING_APPROVAL, e, asOf, overrides);
                    if (e.status() == ImprovementStatus.DEFERRED) {
                        p.setDeferredUntil(deferrals.get(e.id()));
                    }
                    points.add(p);
                });
        inScope.stream()
                .filter(e -> e.status() == ImprovementStatus.IN_PROGRESS
                        && e.targetDate() != null
                        && e.targetDate().isBefore(asOf))
                .forEach(e -> points.add(point(meeting, AgendaKind.LATE, e, asOf, overrides)));
        inScope.stream()
                .filter(e -> e.status() == ImprovementStatus.ON_HOLD)
                .forEach(e -> points.add(point(meeting, AgendaKind.ON_HOLD, e, asOf, overrides)));
        inScope.stream()
                .filter(e -> REVIEWABLE.contains(e.status())
                        && e.benefitsReviewDate() != null
                        && !e.benefitsReviewDate().isAfter(asOf))
                .forEach(e -> {
                    AgendaPoint p = point(meeting, AgendaKind.BENEFITS_REVIEW, e, asOf, overrides);
                    ImprovementOutcome o = improvements.outcome(e.id());
                    p.outcome(o.before().value(), o.after().value(), o.verdict().name());
                    points.add(p);
                });
        newFindings(meeting, asOf).forEach(points::add);
        return points;
    }

    /**
     * A deferred item is back once the date it was deferred until is on or before the meeting date;
     * an item deferred without a committee's date (on the item page) waits to be proposed again.
     */
    private static boolean deferralCame(BacklogEntry e, Map<Long, LocalDate> deferrals, LocalDate asOf) {
        LocalDate until = deferrals.get(e.id());
        return e.status() == ImprovementStatus.DEFERRED && until != null && !until.isAfter(asOf);
    }

    private List<AgendaPoint> newFindings(Meeting meeting, LocalDate asOf) {
        var committee = meeting.getCommittee();
        Set<Long> linked = backlog.linkedFindingIds();
        List<AgendaPoint> points = new ArrayList<>();
        for (FindingSummary f : findings.search(
                        new FindingQuery(null, null, FindingStatus.OPEN, null),
                        new PageRequest(0, PageRequest.MAX_SIZE, null, false))
                .items()) {
            boolean inScope = committee.covers(
                    f.serviceId() == null ? Set.of() : Set.of(f.serviceId()),
                    f.businessUnitId() == null ? Set.of() : Set.of(f.businessUnitId()));
            LocalDate raised = LocalDate.ofInstant(f.createdAt(), ZoneOffset.UTC);
            if (inScope && !linked.contains(f.id()) && !raised.isAfter(asOf)) {
                AgendaPoint p = new AgendaPoint(meeting, AgendaKind.NEW_FINDING, f.title());
                p.setFindingId(f.id());
                p.setDaysInState((int) Math.max(0, ChronoUnit.DAYS.between(raised, asOf)));
                points.add(p);
            }
        }
        points.sort(Comparator.comparing(AgendaPoint::getFindingId));
        return points;
    }

    private static AgendaPoint point(
            Meeting meeting, AgendaKind kind, BacklogEntry e, LocalDate asOf, Map<Long, Double> overrides) {
        AgendaPoint p = new AgendaPoint(meeting, kind, e.title());
        p.item(e.id(), e.number(), e.status().name(), e.score());
        p.setPriorityOverride(overrides.get(e.id()));
        p.setTargetDate(e.targetDate());
        LocalDate since = LocalDate.ofInstant(e.inStatusSince(), ZoneOffset.UTC);
        p.setDaysInState((int) Math.max(0, ChronoUnit.DAYS.between(since, asOf)));
        return p;
    }
}
