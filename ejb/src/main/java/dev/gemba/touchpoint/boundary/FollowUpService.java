package dev.gemba.touchpoint.boundary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import dev.gemba.platform.boundary.Page;
import dev.gemba.platform.boundary.PageRequest;
import dev.gemba.platform.boundary.RecordNotFoundException;
import dev.gemba.platform.boundary.StaleUpdateException;
import dev.gemba.platform.control.InputValidator;
import dev.gemba.security.entity.Role;
import dev.gemba.touchpoint.control.ActionOwners;
import dev.gemba.touchpoint.control.FollowUpRepository;
import dev.gemba.touchpoint.entity.FollowUp;

/**
 * Follow-up actions across touchpoints. Relationship managers and admins change any action; every
 * other user may change the actions they own (closing what was asked of them).
 */
@Stateless
@RolesAllowed(Role.ANY_SIGNED_IN)
public class FollowUpService {

    @Inject
    FollowUpRepository followUps;

    @Inject
    InputValidator validator;

    @Inject
    ActionOwners owners;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemUTC();

    /**
     * Raises an action for the relationship manager of a business unit on a feedback item (a low
     * survey score with a comment); open to every caller, anonymous respondents included.
     */
    @PermitAll
    public void raise(FeedbackFollowUp request) {
        followUps.raise(request);
    }

    public Page<FollowUpDetails> search(FollowUpQuery query, PageRequest page) {
        LocalDate today = today();
        var items = followUps.search(query, today, page).stream()
                .map(f -> FollowUpDetails.of(f, today))
                .toList();
        return new Page<>(items, page.page(), page.size(), followUps.count(query, today));
    }

    /** The signed-in user's actions. */
    public Page<FollowUpDetails> mine(FollowUpQuery query, PageRequest page) {
        return search(
                new FollowUpQuery(
                        session.getCallerPrincipal().getName(),
                        query.status(),
                        query.overdueOnly(),
                        query.businessUnitId()),
                page);
    }

    public FollowUpDetails change(long id, FollowUpChange change) {
        validator.check(change);
        FollowUp action = followUps.find(id).orElseThrow(() -> new RecordNotFoundException("follow-up", id));
        String caller = session.getCallerPrincipal().getName();
        boolean manager =
                session.isCallerInRole(Role.ADMIN_NAME) || session.isCallerInRole(Role.RELATIONSHIP_MANAGER_NAME);
        if (!manager && !caller.equals(action.getOwner())) {
            throw new jakarta.ejb.EJBAccessException("only the owner, relationship managers and admins change it");
        }
        if (change.version() != action.getVersion()) {
            throw new StaleUpdateException("follow-up", id, change.version(), action.getVersion());
        }
        if (change.owner() != null && !change.owner().isBlank()) {
            action.setOwner(owners.require(change.owner(), "owner"));
        }
        if (change.dueDate() != null) {
            action.setDueDate(change.dueDate());
        }
        action.changeStatus(change.status(), clock.instant());
        followUps.flush();
        return FollowUpDetails.of(action, today());
    }

    /**
     * Raises an action that no touchpoint agreed, such as an improvement item's benefits review;
     * callable without a caller (from the work queue). Returns the action's id.
     */
    @jakarta.annotation.security.PermitAll
    public long raise(String text, String owner, LocalDate dueDate) {
        FollowUp action = new FollowUp(null, null);
        action.setText(text);
        action.setOwner(owner);
        action.setDueDate(dueDate);
        followUps.store(action);
        return action.getId();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
