package dev.gemba.platform.queue;

/** Where a work item stands. DEAD items failed every retry and wait for a person. */
public enum WorkStatus {
    READY,
    RUNNING,
    DONE,
    DEAD
}
