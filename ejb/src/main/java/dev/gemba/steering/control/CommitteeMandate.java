package dev.gemba.steering.control;

import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;

import dev.gemba.improvement.boundary.BacklogService;
import dev.gemba.improvement.boundary.ImprovementService;
import dev.gemba.improvement.boundary.Reversal;
import dev.gemba.improvement.boundary.TransitionRequest;
import dev.gemba.security.control.SystemCaller;
import dev.gemba.security.entity.Role;

/**
 * Carries a committee's decision to the register on the committee's authority: a member need not
 * hold the steering committee role, so the step is taken in that role; the register's workflow
 * still checks every other rule. Only {@link DecisionEffects} calls it, after the decision service
 * has checked that the caller is a member of the meeting's committee.
 */
@Stateless
@RolesAllowed(Role.PERSON_NAME)
public class CommitteeMandate {

    @EJB
    ImprovementService improvements;

    @EJB
    BacklogService backlog;

    @Resource
    SessionContext session;

    public void transition(long itemId, TransitionRequest request) {
        asCommittee(() -> improvements.transition(itemId, request));
    }

    public void assignOwner(long itemId, String owner, long version) {
        asCommittee(() -> backlog.assignOwner(itemId, owner, version));
    }

    public void revert(long itemId, Reversal reversal) {
        asCommittee(() -> improvements.revert(itemId, reversal));
    }

    public void restoreOwner(long itemId, String decidedOwner, String previousOwner) {
        asCommittee(() -> backlog.restoreOwner(itemId, decidedOwner, previousOwner));
    }

    /** The caller, named as themselves in the item's history, with the committee role for this step. */
    private void asCommittee(Runnable step) {
        SystemCaller.run(session.getCallerPrincipal().getName(), List.of(Role.STEERING_COMMITTEE), step);
    }
}
