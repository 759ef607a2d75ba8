package dev.gemba.review.control;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.boundary.RecordNotFoundException;
import dev.gemba.platform.boundary.StaleUpdateException;
import dev.gemba.review.entity.ServiceReview;

/** Loads a review to read it, or to change it: the caller may, and the change is based on its version. */
@Dependent
public class ReviewLoader {

    @Inject
    ReviewRepository reviews;

    @Inject
    ReviewAccess access;

    public ServiceReview load(long id) {
        return reviews.find(id).orElseThrow(() -> new RecordNotFoundException("service review", id));
    }

    public ServiceReview loadForChange(long id, Long version) {
        ServiceReview review = load(id);
        access.requireMayChange(review.getBusinessUnit());
        if (version == null) {
            throw new InvalidInputException("version", text("version.required"));
        }
        if (version != review.getVersion()) {
            throw new StaleUpdateException("service review", id, version, review.getVersion());
        }
        return review;
    }
}
