package dev.gemba.feedback.insight;

/** Bucket size of time series; weeks start on Monday. */
public enum Granularity {
    WEEK,
    MONTH
}
