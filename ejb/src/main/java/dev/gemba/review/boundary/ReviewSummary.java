package dev.gemba.review.boundary;

import java.time.Instant;
import java.time.LocalDate;

import dev.gemba.review.entity.ReviewStatus;
import dev.gemba.review.entity.ServiceReview;

/** A review in a list. */
public record ReviewSummary(
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
        long version) {

    static ReviewSummary of(ServiceReview r) {
        return new ReviewSummary(
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
                r.getVersion());
    }
}
