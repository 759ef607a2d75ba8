package dev.gemba.servicelevel.boundary;

/** Which way figures move, in the target's direction of improvement; UNKNOWN without an earlier period. */
public enum Trend {
    IMPROVING,
    STABLE,
    WORSENING,
    UNKNOWN
}
