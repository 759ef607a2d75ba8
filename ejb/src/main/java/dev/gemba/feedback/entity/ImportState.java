package dev.gemba.feedback.entity;

/** Where a feedback import stands. QUEUED and RUNNING imports are resumed after a crash. */
public enum ImportState {
    QUEUED,
    RUNNING,
    COMPLETED,
    FAILED
}
