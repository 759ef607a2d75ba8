package dev.gemba.servicelevel.boundary;

/**
 * How a period's figure stands against its target: met with room to spare, met but within the
 * target's at-risk margin, or missed.
 */
public enum ComplianceStatus {
    COMPLIANT,
    AT_RISK,
    BREACHED
}
