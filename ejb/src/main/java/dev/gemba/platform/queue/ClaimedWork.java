package dev.gemba.platform.queue;

/** A work item this node has claimed and must now complete or fail. */
public record ClaimedWork(long id, String kind, long subjectId, int attempts) {}
