package dev.gemba.finding.boundary;

import dev.gemba.finding.entity.FindingStatus;

/** Which findings to list; every filter is optional. {@code text} matches title and statement. */
public record FindingQuery(Long serviceId, Long businessUnitId, FindingStatus status, String text) {}
