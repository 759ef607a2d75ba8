package dev.gemba.steering.control;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import dev.gemba.improvement.boundary.BacklogService;
import dev.gemba.improvement.boundary.ImprovementService;
import dev.gemba.improvement.boundary.TransitionRequest;
import dev.gemba.security.entity.Role;

/**
 * Carries a committee's decision to the register on the committee's authority: a member need not
 * hold the steering committee role, so the step is taken in that role; the register's workflow
 * still checks every other rule. Only {@link DecisionEffects} calls it, after the decision service
 * has checked that the caller is a member of the meeting's committee.
 */
@Stateless
@RunAs(Role.STEERING_COMMITTEE_NAME)
@RolesAllowed(Role.PERSON_NAME)
public class CommitteeMandate {

    @EJB
    ImprovementService improvements;

    @EJB
    BacklogService backlog;

    public void transition(long itemId, TransitionRequest request) {
        improvements.transition(itemId, request);
    }

    public void assignOwner(long itemId, String owner, long version) {
        backlog.assignOwner(itemId, owner, version);
    }
}
