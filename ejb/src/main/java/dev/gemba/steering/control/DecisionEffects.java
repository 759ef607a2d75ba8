package dev.gemba.steering.control;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.util.EnumSet;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;

import dev.gemba.improvement.boundary.BacklogService;
import dev.gemba.improvement.boundary.ImprovementDetails;
import dev.gemba.improvement.boundary.ImprovementService;
import dev.gemba.improvement.boundary.TransitionRequest;
import dev.gemba.improvement.entity.ClosureOutcome;
import dev.gemba.improvement.entity.ImprovementStatus;
import dev.gemba.steering.boundary.DecisionForm;

/**
 * Carries a decision out on the item through the improvement feature's boundary, so the
 * register's workflow rules decide whether the step is allowed: approve (accepting a proposal
 * first), reject, defer, merge (the merged item is rejected, or withdrawn when work had started),
 * assign an owner. Priority and effort decisions change nothing on the item.
 */
@Dependent
public class DecisionEffects {

    private static final Set<ImprovementStatus> UNDER_WAY = EnumSet.of(
            ImprovementStatus.APPROVED,
            ImprovementStatus.IN_PROGRESS,
            ImprovementStatus.ON_HOLD,
            ImprovementStatus.DELIVERED,
            ImprovementStatus.BENEFITS_REVIEW);

    @EJB
    ImprovementService improvements;

    @EJB
    BacklogService backlog;

    @EJB
    CommitteeMandate mandate;

    /**
     * Applies the decision; {@code why} is the reason written into the item's history. A caller
     * who decides in their own role (admins, steering committee members) takes the steps as
     * themselves; other members of the committee take them on its {@link CommitteeMandate}.
     */
    public void apply(long itemId, DecisionForm form, String mergedIntoNumber, String why, boolean ownRoles) {
        switch (form.kind()) {
            case APPROVE -> {
                if (form.owner() != null && !form.owner().isBlank()) {
                    assign(ownRoles, itemId, form.owner().strip());
                }
                if (improvements.get(itemId).status() == ImprovementStatus.PROPOSED) {
                    step(ownRoles, itemId, ImprovementStatus.ACCEPTED, null, why);
                }
                step(ownRoles, itemId, ImprovementStatus.APPROVED, null, why);
            }
            case REJECT -> step(ownRoles, itemId, ImprovementStatus.REJECTED, null, why);
            case DEFER -> step(
                    ownRoles,
                    itemId,
                    ImprovementStatus.DEFERRED,
                    null,
                    text("steering.reason.defer", form.deferUntil(), why));
            case MERGE -> {
                String reason = text("steering.reason.merge", mergedIntoNumber, why);
                if (UNDER_WAY.contains(improvements.get(itemId).status())) {
                    step(ownRoles, itemId, ImprovementStatus.CLOSED, ClosureOutcome.WITHDRAWN, reason);
                } else {
                    step(ownRoles, itemId, ImprovementStatus.REJECTED, null, reason);
                }
            }
            case ASSIGN_OWNER -> assign(ownRoles, itemId, form.owner().strip());
            case CHANGE_PRIORITY, APPROVE_EFFORT -> {
                // recorded in the log; the computed score and the item's effort stay as they are
            }
        }
    }

    private void assign(boolean ownRoles, long itemId, String owner) {
        long version = improvements.get(itemId).version();
        if (ownRoles) {
            backlog.assignOwner(itemId, owner, version);
        } else {
            mandate.assignOwner(itemId, owner, version);
        }
    }

    private void step(boolean ownRoles, long itemId, ImprovementStatus to, ClosureOutcome closure, String reason) {
        ImprovementDetails item = improvements.get(itemId);
        String shortened = reason.length() > 2000 ? reason.substring(0, 2000) : reason;
        var request = new TransitionRequest(to, closure, shortened, item.version());
        if (ownRoles) {
            improvements.transition(itemId, request);
        } else {
            mandate.transition(itemId, request);
        }
    }
}
