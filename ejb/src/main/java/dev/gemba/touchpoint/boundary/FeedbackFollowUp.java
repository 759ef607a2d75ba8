package dev.gemba.touchpoint.boundary;

import java.time.LocalDate;

/** An action a feedback item asks of a business unit's relationship manager: what, who, by when. */
public record FeedbackFollowUp(long feedbackId, long businessUnitId, String text, String owner, LocalDate dueDate) {}
