package dev.gemba.review.boundary;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import dev.gemba.finding.boundary.FindingForm;
import dev.gemba.finding.boundary.FindingService;
import dev.gemba.improvement.boundary.ImprovementForm;
import dev.gemba.improvement.boundary.ImprovementService;
import dev.gemba.improvement.entity.Effort;
import dev.gemba.improvement.entity.ImprovementType;
import dev.gemba.improvement.entity.KpiKind;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.boundary.RuleViolationException;
import dev.gemba.platform.control.InputValidator;
import dev.gemba.review.control.ReviewAccess;
import dev.gemba.review.control.ReviewLoader;
import dev.gemba.review.control.ReviewRepository;
import dev.gemba.review.control.ReviewTouchpoint;
import dev.gemba.review.entity.AgendaItem;
import dev.gemba.review.entity.OutcomeKind;
import dev.gemba.review.entity.ReviewOutcome;
import dev.gemba.review.entity.ServiceReview;
import dev.gemba.security.boundary.UserRef;
import dev.gemba.security.boundary.UserService;
import dev.gemba.security.entity.Role;

/**
 * The minutes of a held review: notes per agenda point, actions that become follow-ups of the
 * review's touchpoint, and decisions the business asked for raised as findings or proposed
 * improvement items. The unit's relationship manager and admins write them, once the pack is published.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
public class MinutesService {

    @Inject
    ReviewLoader loader;

    @Inject
    ReviewRepository reviews;

    @Inject
    ReviewTouchpoint touchpoint;

    @Inject
    ReviewAccess access;

    @Inject
    InputValidator validator;

    @EJB
    UserService users;

    @EJB
    FindingService findings;

    @EJB
    ImprovementService improvements;

    Clock clock = Clock.systemUTC();

    /** Records the notes and marks the review as held; the notes become the touchpoint's notes. */
    public ReviewDetails record(long id, MinutesForm form) {
        validator.check(form);
        ServiceReview review = loader.loadForChange(id, form.version());
        requirePublished(review);
        for (int i = 0; i < form.notes().size(); i++) {
            var note = form.notes().get(i);
            point(review, note.agendaItemId(), "notes[" + i + "].agendaItemId").setNotes(blankToNull(note.notes()));
        }
        review.held(clock.instant());
        touchpoint.update(review);
        reviews.flush();
        return ReviewDetails.read(review, reviews, touchpoint, access);
    }

    /** Agrees an action: a follow-up of the review's touchpoint, so the follow-up lists show it. */
    public ReviewDetails addAction(long id, ActionForm form) {
        validator.check(form);
        ServiceReview review = loader.load(id);
        access.requireMayChange(review.getBusinessUnit());
        requirePublished(review);
        Long pointId = form.agendaItemId() == null
                ? null
                : point(review, form.agendaItemId(), "agendaItemId").getId();
        String owner = form.owner().strip();
        if (users.people().stream().map(UserRef::username).noneMatch(owner::equals)) {
            throw new InvalidInputException("owner", text("user.unknown-active", owner));
        }
        long followUp = touchpoint.addAction(review, form.text().strip(), owner, form.dueDate());
        reviews.store(new ReviewOutcome(
                review, pointId, OutcomeKind.ACTION, followUp, form.text().strip(), access.caller(), clock.instant()));
        reviews.flush();
        return ReviewDetails.read(review, reviews, touchpoint, access);
    }

    /** Raises a decision as a finding about the review's scope or as a proposed improvement item. */
    public RaisedItem raise(long id, DecisionForm form) {
        validator.check(form);
        ServiceReview review = loader.load(id);
        access.requireMayChange(review.getBusinessUnit());
        requirePublished(review);
        Long pointId = form.agendaItemId() == null
                ? null
                : point(review, form.agendaItemId(), "agendaItemId").getId();
        Long unitId = review.getBusinessUnit().getId();
        Long serviceId =
                review.getService() == null ? null : review.getService().getId();
        String title = form.title().strip();
        String statement = form.statement().strip();
        long ref;
        OutcomeKind kind;
        if (form.raiseAs() == DecisionForm.RaiseAs.FINDING) {
            ref = findings.create(new FindingForm(title, statement, serviceId, unitId, null, null, null, null, null))
                    .id();
            kind = OutcomeKind.FINDING;
        } else {
            ref = improvements
                    .propose(proposal(title, statement, unitId, serviceId))
                    .id();
            kind = OutcomeKind.IMPROVEMENT;
        }
        var outcome = new ReviewOutcome(review, pointId, kind, ref, title, access.caller(), clock.instant());
        reviews.store(outcome);
        reviews.flush();
        return RaisedItem.of(outcome);
    }

    /** A proposal with a manual KPI to be set when it is assessed; the register's usual steps follow. */
    private static ImprovementForm proposal(String title, String statement, Long unitId, Long serviceId) {
        return new ImprovementForm(
                title,
                statement,
                serviceId == null ? Set.of() : Set.of(serviceId),
                Set.of(unitId),
                null,
                ImprovementType.PROCESS,
                Effort.M,
                (BigDecimal) null,
                null,
                KpiKind.MANUAL,
                title.length() > 200 ? title.substring(0, 200) : title,
                null,
                null,
                null,
                null,
                true,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private static AgendaItem point(ServiceReview review, long pointId, String field) {
        return review.getAgenda().stream()
                .filter(a -> a.getId() == pointId)
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(field, text("review.agenda-point-unknown", pointId)));
    }

    private static void requirePublished(ServiceReview review) {
        if (!review.isPublished()) {
            throw new RuleViolationException("review.not-published", text("review.not-published"));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
