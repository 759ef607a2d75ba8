package dev.gemba.notice.boundary;

import jakarta.validation.constraints.Positive;

/** Which status change of the item to announce; none: its latest. */
public record AnnounceForm(@Positive Long transitionId) {}
