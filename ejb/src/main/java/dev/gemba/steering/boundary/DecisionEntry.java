package dev.gemba.steering.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.gemba.improvement.entity.ImprovementStatus;
import dev.gemba.steering.entity.Decision;
import dev.gemba.steering.entity.DecisionKind;

/**
 * A row of the decision log. {@code supersededBy} names the later decision that corrects this
 * one; both stay in the log. {@code statusBefore} and {@code statusAfter} say how the decision
 * moved the item (null where the log does not know).
 */
public record DecisionEntry(
        long id,
        long meetingId,
        LocalDate meetingDate,
        long committeeId,
        String committeeName,
        long itemId,
        String itemNumber,
        String itemTitle,
        DecisionKind kind,
        String rationale,
        LocalDate deferUntil,
        Long mergedIntoId,
        String mergedIntoNumber,
        Double priorityOverride,
        Double computedScore,
        String owner,
        BigDecimal effortDays,
        BigDecimal budget,
        Integer votesFor,
        Integer votesAgainst,
        Integer votesAbstaining,
        List<String> present,
        Long supersedes,
        Long supersededBy,
        String decidedBy,
        Instant decidedAt,
        ImprovementStatus statusBefore,
        ImprovementStatus statusAfter) {

    static DecisionEntry of(Decision d, Long supersededBy) {
        return new DecisionEntry(
                d.getId(),
                d.getMeeting().getId(),
                d.getMeeting().getScheduledOn(),
                d.getCommitteeId(),
                d.getMeeting().getCommittee().getName(),
                d.getItemId(),
                d.getItemNumber(),
                d.getItemTitle(),
                d.getKind(),
                d.getRationale(),
                d.getDeferUntil(),
                d.getMergedIntoId(),
                d.getMergedIntoNumber(),
                d.getPriorityOverride(),
                d.getComputedScore(),
                d.getOwner(),
                d.getEffortDays(),
                d.getBudget(),
                d.getVotesFor(),
                d.getVotesAgainst(),
                d.getVotesAbstaining(),
                d.getPresent().stream().sorted().toList(),
                d.getSupersedes(),
                supersededBy,
                d.getDecidedBy(),
                d.getDecidedAt(),
                d.getEffect() == null ? null : d.getEffect().statusBefore(),
                d.getEffect() == null ? null : d.getEffect().statusAfter());
    }
}
