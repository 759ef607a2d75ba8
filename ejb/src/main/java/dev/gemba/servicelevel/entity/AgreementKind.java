package dev.gemba.servicelevel.entity;

/** Who an agreement is with: the business (SLA) or an internal support group (OLA). */
public enum AgreementKind {
    /** Service level agreement with one business unit, or with all when none is named. */
    SLA,
    /** Operational level agreement with an internal support group. */
    OLA
}
