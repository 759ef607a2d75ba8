package dev.gemba.steering.boundary;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import dev.gemba.steering.entity.Cadence;

/**
 * A committee with its scope in names and ids, its next meeting and what the caller may do.
 *
 * @param nextMeeting the earliest scheduled meeting's date, or null
 * @param suggestedDate the date the cadence proposes for the next meeting
 */
public record CommitteeDetails(
        long id,
        String name,
        String chair,
        List<String> members,
        boolean everything,
        Set<Long> serviceIds,
        Set<Long> businessUnitIds,
        List<String> serviceNames,
        List<String> businessUnitNames,
        Cadence cadence,
        Long nextMeetingId,
        LocalDate nextMeeting,
        LocalDate suggestedDate,
        boolean mayManage,
        boolean mayChair,
        boolean mayDecide,
        long version) {}
