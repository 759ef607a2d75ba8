package dev.gemba.improvement.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import dev.gemba.improvement.control.ImprovementWorkflow.Caller;
import dev.gemba.improvement.entity.ClosureOutcome;
import dev.gemba.improvement.entity.ImprovementStatus;
import dev.gemba.platform.boundary.NotPermittedException;
import dev.gemba.platform.boundary.RuleViolationException;
import dev.gemba.security.entity.Role;
import org.junit.jupiter.api.Test;

class ImprovementWorkflowTest {

    private static final Caller STEERING = new Caller("steering", Set.of(Role.STEERING_COMMITTEE));
    private static final Caller DESK = new Caller("desk", Set.of(Role.SERVICE_DESK));
    private static final Caller OWNER = new Caller("olga", Set.of(Role.VIEWER));
    private static final Caller ADMIN = new Caller("admin", Set.of(Role.ADMIN));

    @Test
    void theWholeLifecycleRunsInOrder() {
        assertEquals("accept", check(ImprovementStatus.PROPOSED, ImprovementStatus.ACCEPTED, null, STEERING));
        assertEquals("approve", check(ImprovementStatus.ACCEPTED, ImprovementStatus.APPROVED, null, STEERING));
        assertEquals("start", check(ImprovementStatus.APPROVED, ImprovementStatus.IN_PROGRESS, null, OWNER));
        assertEquals("hold", check(ImprovementStatus.IN_PROGRESS, ImprovementStatus.ON_HOLD, null, OWNER));
        assertEquals("resume", check(ImprovementStatus.ON_HOLD, ImprovementStatus.IN_PROGRESS, null, OWNER));
        assertEquals("deliver", check(ImprovementStatus.IN_PROGRESS, ImprovementStatus.DELIVERED, null, OWNER));
        assertEquals(
                "review-benefits", check(ImprovementStatus.DELIVERED, ImprovementStatus.BENEFITS_REVIEW, null, OWNER));
        assertEquals(
                "close",
                check(ImprovementStatus.BENEFITS_REVIEW, ImprovementStatus.CLOSED, ClosureOutcome.SUCCESSFUL, OWNER));
    }

    @Test
    void approvalComesAfterAcceptanceAndTheRefusalNamesTheRule() {
        var refused = assertThrows(
                RuleViolationException.class,
                () -> check(ImprovementStatus.PROPOSED, ImprovementStatus.APPROVED, null, STEERING));
        assertEquals("workflow.order", refused.rule());
        assertTrue(refused.getMessage().contains("ACCEPTED, REJECTED, DEFERRED"), refused.getMessage());
    }

    @Test
    void rejectionAndDeferralOnlyFromProposedOrAccepted() {
        assertEquals("reject", check(ImprovementStatus.PROPOSED, ImprovementStatus.REJECTED, null, ADMIN));
        assertEquals("defer", check(ImprovementStatus.ACCEPTED, ImprovementStatus.DEFERRED, null, STEERING));
        assertThrows(
                RuleViolationException.class,
                () -> check(ImprovementStatus.APPROVED, ImprovementStatus.REJECTED, null, STEERING));
    }

    @Test
    void aDeferredItemIsTakenUpByTheDecidersOrProposedAgain() {
        assertEquals("take-up", check(ImprovementStatus.DEFERRED, ImprovementStatus.ACCEPTED, null, STEERING));
        assertEquals("reject", check(ImprovementStatus.DEFERRED, ImprovementStatus.REJECTED, null, STEERING));
        assertEquals("defer", check(ImprovementStatus.DEFERRED, ImprovementStatus.DEFERRED, null, STEERING));
        assertEquals("propose-again", check(ImprovementStatus.DEFERRED, ImprovementStatus.PROPOSED, null, DESK));
        assertThrows(
                NotPermittedException.class,
                () -> check(ImprovementStatus.DEFERRED, ImprovementStatus.ACCEPTED, null, DESK));
        assertThrows(
                RuleViolationException.class,
                () -> check(ImprovementStatus.DEFERRED, ImprovementStatus.APPROVED, null, STEERING));
    }

    @Test
    void decisionsAreTheSteeringCommitteesAndDeliveryTheOwners() {
        assertThrows(
                NotPermittedException.class,
                () -> check(ImprovementStatus.ACCEPTED, ImprovementStatus.APPROVED, null, DESK));
        assertThrows(
                NotPermittedException.class,
                () -> check(ImprovementStatus.APPROVED, ImprovementStatus.IN_PROGRESS, null, STEERING));
    }

    @Test
    void decisionsNeedAReason() {
        var refused = assertThrows(
                RuleViolationException.class,
                () -> ImprovementWorkflow.check(
                        ImprovementStatus.ACCEPTED, ImprovementStatus.APPROVED, null, " ", STEERING, "olga"));
        assertEquals("workflow.reason-required", refused.rule());
    }

    @Test
    void closingNeedsAClosureAndWithdrawalIsAllowedWhileWorkIsUnderWay() {
        var refused = assertThrows(
                RuleViolationException.class,
                () -> check(ImprovementStatus.BENEFITS_REVIEW, ImprovementStatus.CLOSED, null, OWNER));
        assertEquals("workflow.closure-required", refused.rule());
        assertEquals(
                "withdraw",
                check(ImprovementStatus.ON_HOLD, ImprovementStatus.CLOSED, ClosureOutcome.WITHDRAWN, STEERING));
        assertThrows(
                RuleViolationException.class,
                () -> check(ImprovementStatus.IN_PROGRESS, ImprovementStatus.CLOSED, ClosureOutcome.SUCCESSFUL, OWNER));
    }

    @Test
    void theButtonsOfAnAcceptedItemForTheCommittee() {
        var names = ImprovementWorkflow.allowed(ImprovementStatus.ACCEPTED, STEERING, "olga").stream()
                .map(ImprovementWorkflow.Rule::name)
                .toList();
        assertEquals(java.util.List.of("approve", "reject", "defer"), names);
        assertEquals(java.util.List.of(), ImprovementWorkflow.allowed(ImprovementStatus.ACCEPTED, OWNER, "olga"));
    }

    private static String check(ImprovementStatus from, ImprovementStatus to, ClosureOutcome closure, Caller caller) {
        return ImprovementWorkflow.check(from, to, closure, "because", caller, "olga")
                .name();
    }
}
