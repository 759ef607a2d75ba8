package dev.gemba.review.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.gemba.review.control.ReviewAccess;
import dev.gemba.review.control.ReviewRepository;
import dev.gemba.review.control.ReviewTouchpoint;
import dev.gemba.review.entity.ReviewStatus;
import dev.gemba.review.entity.ServiceReview;
import dev.gemba.touchpoint.boundary.FollowUpDetails;

/**
 * A review with its participants, agenda, minutes and what they raised.
 *
 * @param actions the review's follow-up actions as they stand now (owner, due, status, aging)
 * @param mayChange whether the caller may change the review (its unit's relationship manager, admins)
 */
public record ReviewDetails(
        long id,
        String title,
        long businessUnitId,
        String businessUnitName,
        Long serviceId,
        String serviceName,
        Instant scheduledAt,
        LocalDate periodFrom,
        LocalDate periodTo,
        ReviewStatus status,
        Long touchpointId,
        List<String> itParticipants,
        List<String> businessContacts,
        List<AgendaPoint> agenda,
        List<RaisedItem> raised,
        List<FollowUpDetails> actions,
        Instant publishedAt,
        String publishedBy,
        Instant heldAt,
        String createdBy,
        boolean mayChange,
        long version) {

    /** The review as the caller sees it now. */
    public static ReviewDetails read(
            ServiceReview r, ReviewRepository reviews, ReviewTouchpoint touchpoint, ReviewAccess access) {
        return of(
                r,
                reviews.outcomes(r).stream().map(RaisedItem::of).toList(),
                touchpoint.actions(r),
                access.mayChange(r.getBusinessUnit()));
    }

    static ReviewDetails of(
            ServiceReview r, List<RaisedItem> raised, List<FollowUpDetails> actions, boolean mayChange) {
        return new ReviewDetails(
                r.getId(),
                r.getTitle(),
                r.getBusinessUnit().getId(),
                r.getBusinessUnit().getName(),
                r.getService() == null ? null : r.getService().getId(),
                r.getService() == null ? null : r.getService().getName(),
                r.getScheduledAt(),
                r.getPeriodFrom(),
                r.getPeriodTo(),
                r.getStatus(),
                r.getTouchpointId(),
                r.getItParticipants(),
                r.getBusinessContacts(),
                r.getAgenda().stream().map(AgendaPoint::of).toList(),
                raised,
                actions,
                r.getPublishedAt(),
                r.getPublishedBy(),
                r.getHeldAt(),
                r.getCreatedBy(),
                mayChange,
                r.getVersion());
    }
}
