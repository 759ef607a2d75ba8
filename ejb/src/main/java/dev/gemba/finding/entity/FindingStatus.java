package dev.gemba.finding.entity;

/** Whether a finding still calls for action: OPEN until it is addressed or withdrawn. */
public enum FindingStatus {
    OPEN,
    ADDRESSED,
    WITHDRAWN
}
