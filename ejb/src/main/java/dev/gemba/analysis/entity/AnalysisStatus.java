package dev.gemba.analysis.entity;

/** Whether the text analysis has run: PENDING until the queue gets to it, FAILED after the last retry. */
public enum AnalysisStatus {
    PENDING,
    ANALYSED,
    FAILED
}
