package dev.gemba.steering.control;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;

import dev.gemba.improvement.boundary.BacklogService;
import dev.gemba.improvement.boundary.ImprovementDetails;
import dev.gemba.improvement.boundary.ImprovementService;
import dev.gemba.improvement.boundary.Reversal;
import dev.gemba.improvement.boundary.TransitionRequest;
import dev.gemba.improvement.entity.ClosureOutcome;
import dev.gemba.improvement.entity.ImprovementStatus;
import dev.gemba.platform.boundary.RuleViolationException;
import dev.gemba.steering.boundary.DecisionForm;
import dev.gemba.steering.entity.Decision;

/**
 * Carries a decision out on the item through the improvement feature's boundary, so the
 * register's workflow rules decide whether the step is allowed: approve (accepting a proposal, or
 * taking up a deferred item, first), reject, defer, merge (the merged item is rejected, or
 * withdrawn when work had started), assign an owner. Priority and effort decisions change nothing
 * on the item (the override in force is read from the log).
 *
 * <p>A correction that keeps the corrected decision's kind (a new rationale, votes, deferral date
 * or merge target) takes no workflow step; an owner correction names the new owner. A correction
 * of another kind first takes the corrected decision's effect back (its step, then its owner),
 * then carries itself out from there: an approval corrected to a rejection ends rejected, a merge
 * corrected away is un-merged. Taking back is refused, and with it the whole correction, once the
 * item has moved on since the corrected decision: the committee then decides on the item as it
 * stands, rather than the log claiming an outcome the register does not show.
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
     * Carries the decision out, correcting {@code corrected} when it is not null, and says what it
     * did; {@code why} is the reason written into the item's history. A caller who decides in their
     * own role (admins, steering committee members) takes the steps as themselves; other members
     * of the committee take them on its {@link CommitteeMandate}.
     */
    public Decision.Effect carryOut(
            long itemId, DecisionForm form, Decision corrected, String mergedIntoNumber, String why, boolean ownRoles) {
        Decision.Effect earlier = corrected == null ? null : corrected.getEffect();
        if (corrected != null && corrected.getKind() == form.kind()) {
            if (hasOwner(form)) {
                String owner = improvements.get(itemId).owner();
                if (earlier != null && !Objects.equals(owner, earlier.ownerAfter())) {
                    throw new RuleViolationException(
                            "owner.moved-on",
                            text(
                                    "improvement.rule.owner-moved-on",
                                    corrected.getItemNumber(),
                                    earlier.ownerAfter(),
                                    owner));
                }
                if (!form.owner().strip().equals(owner)) {
                    assign(ownRoles, itemId, form.owner().strip());
                }
            }
            ImprovementDetails after = improvements.get(itemId);
            return earlier == null
                    ? new Decision.Effect(after.status(), after.status(), after.owner(), after.owner())
                    : new Decision.Effect(
                            earlier.statusBefore(), earlier.statusAfter(), earlier.ownerBefore(), after.owner());
        }
        if (earlier != null) {
            undo(itemId, corrected, earlier, text("steering.reason.correction", corrected.getId(), why), ownRoles);
        }
        ImprovementDetails before = improvements.get(itemId);
        apply(itemId, form, mergedIntoNumber, why, ownRoles);
        ImprovementDetails after = improvements.get(itemId);
        return new Decision.Effect(before.status(), after.status(), before.owner(), after.owner());
    }

    /** Takes the corrected decision's step back, then its owner: the reverse of the order it took them. */
    private void undo(long itemId, Decision corrected, Decision.Effect effect, String reason, boolean ownRoles) {
        if (effect.statusBefore() != effect.statusAfter()) {
            var reversal = new Reversal(
                    effect.statusAfter(), effect.statusBefore(), shorten(reason), corrected.getDecidedAt());
            if (ownRoles) {
                improvements.revert(itemId, reversal);
            } else {
                mandate.revert(itemId, reversal);
            }
        }
        if (!Objects.equals(effect.ownerBefore(), effect.ownerAfter())) {
            if (ownRoles) {
                backlog.restoreOwner(itemId, effect.ownerAfter(), effect.ownerBefore());
            } else {
                mandate.restoreOwner(itemId, effect.ownerAfter(), effect.ownerBefore());
            }
        }
    }

    private static boolean hasOwner(DecisionForm form) {
        return form.owner() != null && !form.owner().isBlank();
    }

    private void apply(long itemId, DecisionForm form, String mergedIntoNumber, String why, boolean ownRoles) {
        switch (form.kind()) {
            case APPROVE -> {
                if (hasOwner(form)) {
                    assign(ownRoles, itemId, form.owner().strip());
                }
                ImprovementStatus status = improvements.get(itemId).status();
                if (status == ImprovementStatus.PROPOSED || status == ImprovementStatus.DEFERRED) {
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
        var request = new TransitionRequest(to, closure, shorten(reason), item.version());
        if (ownRoles) {
            improvements.transition(itemId, request);
        } else {
            mandate.transition(itemId, request);
        }
    }

    private static String shorten(String reason) {
        return reason.length() > 2000 ? reason.substring(0, 2000) : reason;
    }
}
