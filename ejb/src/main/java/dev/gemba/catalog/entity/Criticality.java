package dev.gemba.catalog.entity;

/** How badly the business suffers when the service fails. */
public enum Criticality {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
