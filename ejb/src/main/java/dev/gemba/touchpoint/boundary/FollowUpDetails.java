package dev.gemba.touchpoint.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import dev.gemba.touchpoint.entity.FollowUp;
import dev.gemba.touchpoint.entity.FollowUpStatus;

/**
 * A follow-up action with where it came from (a touchpoint, or feedback such as a survey answer)
 * and how long it has been open.
 *
 * @param daysOpen whole days from creation until closing, or until today while open
 * @param overdue open and past its due date
 */
public record FollowUpDetails(
        long id,
        Long touchpointId,
        String touchpointSummary,
        Long feedbackId,
        String businessUnitName,
        String text,
        String owner,
        LocalDate dueDate,
        FollowUpStatus status,
        Instant createdAt,
        Instant closedAt,
        long daysOpen,
        boolean overdue,
        long version) {

    static FollowUpDetails of(FollowUp f, LocalDate today) {
        LocalDate opened = f.getCreatedAt() == null
                ? today
                : f.getCreatedAt().atOffset(ZoneOffset.UTC).toLocalDate();
        LocalDate until = f.getClosedAt() == null
                ? today
                : f.getClosedAt().atOffset(ZoneOffset.UTC).toLocalDate();
        boolean open = f.getStatus() == FollowUpStatus.OPEN;
        return new FollowUpDetails(
                f.getId() == null ? 0 : f.getId(),
                f.getTouchpoint() == null ? null : f.getTouchpoint().getId(),
                f.getTouchpoint() == null ? null : f.getTouchpoint().getSummary(),
                f.getFeedback() == null ? null : f.getFeedback().getId(),
                f.unit() == null ? null : f.unit().getName(),
                f.getText(),
                f.getOwner(),
                f.getDueDate(),
                f.getStatus(),
                f.getCreatedAt(),
                f.getClosedAt(),
                Math.max(0, ChronoUnit.DAYS.between(opened, until)),
                open && f.getDueDate() != null && f.getDueDate().isBefore(today),
                f.getVersion());
    }
}
