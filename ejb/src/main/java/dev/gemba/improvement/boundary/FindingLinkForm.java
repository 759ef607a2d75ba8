package dev.gemba.improvement.boundary;

import jakarta.validation.constraints.NotNull;

/** Which finding to link to an item, or unlink from it. */
public record FindingLinkForm(@NotNull Long findingId) {}
