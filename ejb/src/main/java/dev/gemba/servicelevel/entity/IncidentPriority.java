package dev.gemba.servicelevel.entity;

/** An incident's priority, as resolution and response targets name it. */
public enum IncidentPriority {
    P1,
    P2,
    P3,
    P4
}
