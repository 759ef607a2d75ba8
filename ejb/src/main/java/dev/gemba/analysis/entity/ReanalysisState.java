package dev.gemba.analysis.entity;

/** Where a re-analysis run is: RUNNING until its job ends COMPLETED or FAILED. */
public enum ReanalysisState {
    QUEUED,
    RUNNING,
    COMPLETED,
    FAILED
}
