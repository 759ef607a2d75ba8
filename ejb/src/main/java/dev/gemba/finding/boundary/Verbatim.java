package dev.gemba.finding.boundary;

import java.time.Instant;

/** A representative comment from the evidence, as the customer wrote it. */
public record Verbatim(long feedbackId, String text, String sentiment, Double confidence, Instant receivedAt) {}
