package dev.gemba.steering.boundary;

import java.time.LocalDate;
import java.util.List;

import dev.gemba.improvement.entity.ClosureOutcome;
import dev.gemba.improvement.entity.ImprovementStatus;
import dev.gemba.steering.entity.AgendaKind;

/**
 * The steering home page for one committee's scope: the backlog by status with its aging, the
 * agenda points still awaiting a decision, the ranked backlog, the benefits measured, the next meeting.
 */
public record SteeringHome(
        List<CommitteeRef> committees,
        CommitteeRef committee,
        List<StatusCount> byStatus,
        List<DueDecision> decisionsDue,
        List<RankedItem> ranked,
        List<Benefit> benefits,
        MeetingDetails nextMeeting) {

    public record CommitteeRef(long id, String name) {}

    /** Items in a status and how long they have been in it (days, as of today). */
    public record StatusCount(ImprovementStatus status, long count, long averageDays, long oldestDays) {}

    public record DueDecision(
            long meetingId, LocalDate meetingDate, AgendaKind kind, Long itemId, String itemNumber, String title) {}

    /** An open item in priority order: the override where the committee set one, else the computed score. */
    public record RankedItem(
            int rank,
            long id,
            String number,
            String title,
            ImprovementStatus status,
            double score,
            Double priorityOverride,
            long daysInStatus) {}

    /** A delivered item with its KPI measured before approval and after delivery. */
    public record Benefit(
            long id,
            String number,
            String title,
            ImprovementStatus status,
            ClosureOutcome closure,
            Double before,
            Double after,
            String verdict,
            boolean higherIsBetter) {}
}
