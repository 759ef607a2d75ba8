package dev.gemba.importing.entity;

/** Where an import stands. QUEUED and RUNNING imports are resumed after a crash. */
public enum ImportState {
    QUEUED,
    RUNNING,
    COMPLETED,
    FAILED
}
