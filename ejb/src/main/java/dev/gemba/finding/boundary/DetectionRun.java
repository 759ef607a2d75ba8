package dev.gemba.finding.boundary;

import java.time.Instant;

/** What one detector run did: cells counted, signals past the guard, suggestions added, refreshed, reopened. */
public record DetectionRun(Instant at, int cells, int signals, int created, int refreshed, int reopened) {}
