package dev.gemba.touchpoint.entity;

/** The ITIL service lifecycle phases in which IT meets the business. */
public enum LifecyclePhase {
    STRATEGY,
    DESIGN,
    TRANSITION,
    OPERATION,
    CSI
}
