package dev.gemba.steering.boundary;

import java.time.Instant;
import java.time.LocalDate;

import dev.gemba.steering.control.Caller;
import dev.gemba.steering.entity.Meeting;
import dev.gemba.steering.entity.MeetingStatus;

/** A meeting, its committee, and whether the caller may chair it or decide in it. */
public record MeetingDetails(
        long id,
        long committeeId,
        String committeeName,
        String chair,
        LocalDate scheduledOn,
        MeetingStatus status,
        Instant agendaGeneratedAt,
        Instant heldAt,
        String heldBy,
        int decisions,
        boolean mayChair,
        boolean mayDecide,
        long version) {

    static MeetingDetails of(Meeting m, Caller caller, int decisions) {
        var c = m.getCommittee();
        return new MeetingDetails(
                m.getId(),
                c.getId(),
                c.getName(),
                c.getChair(),
                m.getScheduledOn(),
                m.getStatus(),
                m.getAgendaGeneratedAt(),
                m.getHeldAt(),
                m.getHeldBy(),
                decisions,
                caller.mayChair(c),
                caller.mayDecide(c),
                m.getVersion());
    }
}
