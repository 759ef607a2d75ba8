package dev.gemba.improvement.boundary;

import java.time.Instant;

/** A finding linked to an item: which, its title as it is now, who linked it and when. */
public record LinkedFinding(long findingId, String title, String linkedBy, Instant linkedAt) {}
