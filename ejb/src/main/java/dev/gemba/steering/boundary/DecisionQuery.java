package dev.gemba.steering.boundary;

import dev.gemba.steering.entity.DecisionKind;

/** Filters of the decision log; nulls match everything. {@code text} looks in item, rationale and decider. */
public record DecisionQuery(String text, Long committeeId, Long itemId, DecisionKind kind) {

    public static final DecisionQuery ALL = new DecisionQuery(null, null, null, null);
}
