package dev.gemba.review.boundary;

import dev.gemba.review.entity.ReviewStatus;

/** Which reviews to list; every filter is optional. */
public record ReviewQuery(Long businessUnitId, ReviewStatus status) {

    public static final ReviewQuery ALL = new ReviewQuery(null, null);
}
