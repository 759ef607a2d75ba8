package dev.gemba.finding.boundary;

import java.time.Instant;

/** Feedback of the trend population from {@code start} for {@code days} days: all and negative. */
public record TrendPoint(Instant start, int days, long total, long negative) {}
