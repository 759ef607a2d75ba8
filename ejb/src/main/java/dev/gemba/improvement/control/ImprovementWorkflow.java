package dev.gemba.improvement.control;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.gemba.improvement.entity.ClosureOutcome;
import dev.gemba.improvement.entity.ImprovementStatus;
import dev.gemba.platform.boundary.NotPermittedException;
import dev.gemba.platform.boundary.RuleViolationException;
import dev.gemba.security.entity.Role;

/**
 * The improvement lifecycle as a table of named rules. An item is proposed, accepted (triage),
 * then approved, rejected or deferred by a decision (the steering committee; until meetings exist
 * a committee member or an admin records it, with a reason). Its owner then starts the work, may
 * put it on hold and resume it, delivers it, reviews the benefits and closes it as successful,
 * partly successful or unsuccessful; work under way may be withdrawn, with a reason. A deferred
 * item may be proposed again, or taken up by the deciders when it comes back on a committee's
 * agenda (then approved, rejected or deferred once more). Every step not in the table is refused naming the rule that
 * forbids it; every step in it is refused to callers its rule does not name.
 */
public final class ImprovementWorkflow {

    /** Who may take a step. Owners are the item's owner (any role). */
    public enum Actor {
        /** Relationship managers, service desk and admins, who propose items. */
        PROPOSERS,
        /** Relationship managers, steering committee members and admins. */
        TRIAGE,
        /** Steering committee members and admins, who decide. */
        DECIDERS,
        /** The item's owner and admins. */
        DELIVERY,
        /** The owner, steering committee members and admins. */
        DELIVERY_OR_DECIDERS
    }

    /** One allowed step: its name, where from, where to, with which closures, by whom, with a reason or not. */
    public record Rule(
            String name,
            Set<ImprovementStatus> from,
            ImprovementStatus to,
            Set<ClosureOutcome> closures,
            Actor actor,
            boolean reasonRequired) {

        boolean matches(ImprovementStatus current, ImprovementStatus target, ClosureOutcome closure) {
            return from.contains(current) && to == target && (closures.isEmpty() || closures.contains(closure));
        }
    }

    /** The caller: name and roles. */
    public record Caller(String username, Set<Role> roles) {

        public boolean is(Role role) {
            return roles.contains(role);
        }
    }

    private static final Set<ImprovementStatus> DECIDABLE =
            EnumSet.of(ImprovementStatus.PROPOSED, ImprovementStatus.ACCEPTED, ImprovementStatus.DEFERRED);
    private static final Set<ClosureOutcome> JUDGED =
            EnumSet.of(ClosureOutcome.SUCCESSFUL, ClosureOutcome.PARTLY_SUCCESSFUL, ClosureOutcome.UNSUCCESSFUL);

    public static final List<Rule> RULES = List.of(
            rule("accept", EnumSet.of(ImprovementStatus.PROPOSED), ImprovementStatus.ACCEPTED, Actor.TRIAGE, false),
            rule("approve", EnumSet.of(ImprovementStatus.ACCEPTED), ImprovementStatus.APPROVED, Actor.DECIDERS, true),
            rule("take-up", EnumSet.of(ImprovementStatus.DEFERRED), ImprovementStatus.ACCEPTED, Actor.DECIDERS, true),
            rule("reject", DECIDABLE, ImprovementStatus.REJECTED, Actor.DECIDERS, true),
            rule("defer", DECIDABLE, ImprovementStatus.DEFERRED, Actor.DECIDERS, true),
            rule(
                    "propose-again",
                    EnumSet.of(ImprovementStatus.DEFERRED),
                    ImprovementStatus.PROPOSED,
                    Actor.PROPOSERS,
                    false),
            rule("start", EnumSet.of(ImprovementStatus.APPROVED), ImprovementStatus.IN_PROGRESS, Actor.DELIVERY, false),
            rule("hold", EnumSet.of(ImprovementStatus.IN_PROGRESS), ImprovementStatus.ON_HOLD, Actor.DELIVERY, true),
            rule("resume", EnumSet.of(ImprovementStatus.ON_HOLD), ImprovementStatus.IN_PROGRESS, Actor.DELIVERY, false),
            rule(
                    "deliver",
                    EnumSet.of(ImprovementStatus.IN_PROGRESS),
                    ImprovementStatus.DELIVERED,
                    Actor.DELIVERY,
                    false),
            rule(
                    "review-benefits",
                    EnumSet.of(ImprovementStatus.DELIVERED),
                    ImprovementStatus.BENEFITS_REVIEW,
                    Actor.DELIVERY,
                    false),
            new Rule(
                    "close",
                    EnumSet.of(ImprovementStatus.BENEFITS_REVIEW),
                    ImprovementStatus.CLOSED,
                    JUDGED,
                    Actor.DELIVERY,
                    false),
            new Rule(
                    "withdraw",
                    EnumSet.of(
                            ImprovementStatus.APPROVED,
                            ImprovementStatus.IN_PROGRESS,
                            ImprovementStatus.ON_HOLD,
                            ImprovementStatus.DELIVERED,
                            ImprovementStatus.BENEFITS_REVIEW),
                    ImprovementStatus.CLOSED,
                    EnumSet.of(ClosureOutcome.WITHDRAWN),
                    Actor.DELIVERY_OR_DECIDERS,
                    true));

    private ImprovementWorkflow() {}

    private static Rule rule(
            String name, Set<ImprovementStatus> from, ImprovementStatus to, Actor actor, boolean reason) {
        return new Rule(name, from, to, Set.of(), actor, reason);
    }

    /**
     * The rule that allows this step for this caller.
     *
     * @throws RuleViolationException (409) when no rule allows the step from the current status,
     *     or the step's rule needs a reason or a closure that is missing
     * @throws NotPermittedException (403) when the rule names other people
     */
    public static Rule check(
            ImprovementStatus current,
            ImprovementStatus target,
            ClosureOutcome closure,
            String reason,
            Caller caller,
            String owner) {
        if (target == ImprovementStatus.CLOSED && closure == null) {
            throw new RuleViolationException("workflow.closure-required", text("improvement.rule.closure-required"));
        }
        Rule rule = RULES.stream()
                .filter(r -> r.matches(current, target, closure))
                .findFirst()
                .orElseThrow(() -> new RuleViolationException(
                        "workflow.order", text("improvement.rule.order", current, target, next(current))));
        if (!may(rule.actor(), caller, owner)) {
            throw new NotPermittedException(refusal(rule));
        }
        if (rule.reasonRequired() && (reason == null || reason.isBlank())) {
            throw new RuleViolationException(
                    "workflow.reason-required", text("improvement.rule.reason-required", rule.name()));
        }
        return rule;
    }

    private static String refusal(Rule rule) {
        return switch (rule.actor()) {
            case PROPOSERS -> text("improvement.rule.actor.proposers", rule.name());
            case TRIAGE -> text("improvement.rule.actor.triage", rule.name());
            case DECIDERS -> text("improvement.rule.actor.deciders", rule.name());
            case DELIVERY -> text("improvement.rule.actor.delivery", rule.name());
            case DELIVERY_OR_DECIDERS -> text("improvement.rule.actor.delivery-or-deciders", rule.name());
        };
    }

    /** The steps this caller may take from the current status (the item page's buttons). */
    public static List<Rule> allowed(ImprovementStatus current, Caller caller, String owner) {
        return RULES.stream()
                .filter(r -> r.from().contains(current) && may(r.actor(), caller, owner))
                .toList();
    }

    /** The statuses that may follow the current one, whoever takes the step. */
    static List<ImprovementStatus> next(ImprovementStatus current) {
        return RULES.stream()
                .filter(r -> r.from().contains(current))
                .map(Rule::to)
                .distinct()
                .toList();
    }

    static boolean may(Actor actor, Caller caller, String owner) {
        boolean admin = caller.is(Role.ADMIN);
        boolean isOwner = owner != null && owner.equals(caller.username());
        return switch (actor) {
            case PROPOSERS -> admin || caller.is(Role.RELATIONSHIP_MANAGER) || caller.is(Role.SERVICE_DESK);
            case TRIAGE -> admin || caller.is(Role.RELATIONSHIP_MANAGER) || caller.is(Role.STEERING_COMMITTEE);
            case DECIDERS -> admin || caller.is(Role.STEERING_COMMITTEE);
            case DELIVERY -> admin || isOwner;
            case DELIVERY_OR_DECIDERS -> admin || isOwner || caller.is(Role.STEERING_COMMITTEE);
        };
    }
}
