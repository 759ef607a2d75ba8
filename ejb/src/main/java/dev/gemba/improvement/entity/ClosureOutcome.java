package dev.gemba.improvement.entity;

/** How a closed improvement item ended: judged at its benefits review, or withdrawn before. */
public enum ClosureOutcome {
    SUCCESSFUL,
    PARTLY_SUCCESSFUL,
    UNSUCCESSFUL,
    WITHDRAWN
}
