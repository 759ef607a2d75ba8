package dev.gemba.steering.entity;

/** What a committee decides on an item. Approve, reject, defer and merge move the item's workflow. */
public enum DecisionKind {
    APPROVE,
    REJECT,
    DEFER,
    MERGE,
    CHANGE_PRIORITY,
    ASSIGN_OWNER,
    APPROVE_EFFORT
}
