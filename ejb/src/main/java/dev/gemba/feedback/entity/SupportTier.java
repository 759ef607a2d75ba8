package dev.gemba.feedback.entity;

/** The support level that handled the contact: L0 is self-service and automation. */
public enum SupportTier {
    L0,
    L1,
    L2,
    L3
}
