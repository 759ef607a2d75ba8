package dev.gemba.finding.control;

import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * Runs the suggestion detector every hour. Each node's timer fires, but only the node whose update
 * of the {@code finding_detector} row wins runs it (within the same transaction), so on a cluster one
 * node at a time does the work and a run is not repeated within {@link #INTERVAL}.
 */
@Singleton
public class SuggestionSchedule {

    static final Duration INTERVAL = Duration.ofMinutes(50);
    private static final Logger LOG = Logger.getLogger(SuggestionSchedule.class.getName());

    @Inject
    SuggestionDetector detector;

    @Schedule(hour = "*", minute = "23", persistent = false)
    void hourly() {
        Instant now = Instant.now();
        if (detector.claim(now, INTERVAL)) {
            var run = detector.run(now);
            LOG.info(() -> "finding suggestions: " + run);
        }
    }
}
