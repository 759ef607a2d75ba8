package dev.gemba.platform.boundary;

import jakarta.ejb.ApplicationException;

/**
 * A request that is well-formed but breaks a business rule of the record's current state, such as
 * a workflow step out of order. Carries the rule's name; REST answers 409 naming it.
 */
@ApplicationException(rollback = true)
public class RuleViolationException extends RuntimeException {

    private final String rule;

    public RuleViolationException(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
