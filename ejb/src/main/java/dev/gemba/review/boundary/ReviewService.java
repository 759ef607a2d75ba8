package dev.gemba.review.boundary;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.boundary.Page;
import dev.gemba.platform.boundary.PageRequest;
import dev.gemba.platform.boundary.RuleViolationException;
import dev.gemba.platform.control.InputValidator;
import dev.gemba.review.control.PackAssembler;
import dev.gemba.review.control.PackJson;
import dev.gemba.review.control.ReviewAccess;
import dev.gemba.review.control.ReviewLoader;
import dev.gemba.review.control.ReviewRepository;
import dev.gemba.review.control.ReviewScheduler;
import dev.gemba.review.control.ReviewTouchpoint;
import dev.gemba.review.entity.AgendaItem;
import dev.gemba.review.entity.ServiceReview;
import dev.gemba.security.entity.Role;
import dev.gemba.touchpoint.boundary.TouchpointService;

/**
 * Service reviews: relationship managers schedule and prepare the reviews of their units, admins
 * those of every unit; the steering committee and viewers read them. A review is a CSI touchpoint
 * ("Service review meetings"); its pack is generated live until publishing freezes it.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME, Role.STEERING_COMMITTEE_NAME, Role.VIEWER_NAME})
public class ReviewService {

    @Inject
    ReviewRepository reviews;

    @Inject
    ReviewScheduler scheduler;

    @Inject
    ReviewTouchpoint touchpoint;

    @Inject
    PackAssembler assembler;

    @Inject
    ReviewAccess access;

    @Inject
    ReviewLoader loader;

    @Inject
    InputValidator validator;

    @EJB
    TouchpointService touchpoints;

    Clock clock = Clock.systemUTC();

    public Page<ReviewSummary> search(ReviewQuery query, PageRequest page) {
        var items = reviews.search(query, page).stream().map(ReviewSummary::of).toList();
        return new Page<>(items, page.page(), page.size(), reviews.count(query));
    }

    public ReviewDetails get(long id) {
        return details(load(id));
    }

    /** Schedules a review with the default agenda (one point per pack section) and logs it as a touchpoint. */
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
    public ReviewDetails schedule(ReviewForm form) {
        validator.check(form);
        ServiceReview review = new ServiceReview(scheduler.unit(form), access.caller(), clock.instant());
        access.requireMayChange(review.getBusinessUnit());
        scheduler.apply(form, review);
        scheduler.defaultAgenda(review);
        reviews.store(review);
        reviews.flush();
        review.setTouchpointId(touchpoint.create(review));
        reviews.flush(); // the version returned is the one a next change is based on
        return details(review);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
    public ReviewDetails change(long id, ReviewForm form) {
        validator.check(form);
        ServiceReview review = loadForChange(id, form.version());
        requireNotPublished(review);
        review.setBusinessUnit(scheduler.unit(form));
        access.requireMayChange(review.getBusinessUnit());
        scheduler.apply(form, review);
        touchpoint.update(review);
        reviews.flush();
        return details(review);
    }

    /** Deletes a review whose pack is not published, with its touchpoint. */
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
    public void delete(long id) {
        ServiceReview review = load(id);
        access.requireMayChange(review.getBusinessUnit());
        requireNotPublished(review);
        if (review.getTouchpointId() != null) {
            touchpoints.delete(review.getTouchpointId());
        }
        reviews.remove(review);
    }

    /** The pack: as published once frozen, else generated now from the current data. */
    public ReviewPack pack(long id) {
        ServiceReview review = load(id);
        if (review.isPublished()) {
            return PackJson.read(review.getPackJson());
        }
        return assembler.assemble(review, reviews.previous(review).orElse(null), clock.instant());
    }

    /** Reorders, renames, removes and adds agenda points; only before the pack is published. */
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
    public ReviewDetails draftAgenda(long id, AgendaDraft draft) {
        validator.check(draft);
        ServiceReview review = loadForChange(id, draft.version());
        requireNotPublished(review);
        Map<Long, AgendaItem> existing = new HashMap<>();
        review.getAgenda().forEach(a -> existing.put(a.getId(), a));
        List<AgendaItem> points = new ArrayList<>();
        for (int i = 0; i < draft.points().size(); i++) {
            var entry = draft.points().get(i);
            AgendaItem point;
            if (entry.id() == null) {
                point = new AgendaItem(review, null, entry.title().strip());
            } else {
                point = existing.remove(entry.id());
                if (point == null) {
                    throw new InvalidInputException(
                            "points[" + i + "].id", text("review.agenda-point-unknown", entry.id()));
                }
                point.setTitle(entry.title().strip());
            }
            points.add(point);
        }
        review.replaceAgenda(points);
        reviews.flush();
        return details(review);
    }

    /** Freezes the pack's figures as they are now; the agenda is final from then on. */
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
    public ReviewDetails publish(long id, long version) {
        ServiceReview review = loadForChange(id, version);
        requireNotPublished(review);
        ReviewPack pack = assembler.assemble(review, reviews.previous(review).orElse(null), clock.instant());
        review.publish(PackJson.write(pack), access.caller(), clock.instant());
        reviews.flush();
        return details(review);
    }

    static void requireNotPublished(ServiceReview review) {
        if (review.isPublished()) {
            throw new RuleViolationException("review.published", text("review.published"));
        }
    }

    private ReviewDetails details(ServiceReview review) {
        return ReviewDetails.read(review, reviews, touchpoint, access);
    }

    private ServiceReview load(long id) {
        return loader.load(id);
    }

    private ServiceReview loadForChange(long id, Long version) {
        return loader.loadForChange(id, version);
    }
}
