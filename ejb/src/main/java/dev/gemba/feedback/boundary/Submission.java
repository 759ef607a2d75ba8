package dev.gemba.feedback.boundary;

/** The outcome of a submission: the item, and whether this call created it or found it. */
public record Submission(FeedbackSummary feedback, boolean created) {}
