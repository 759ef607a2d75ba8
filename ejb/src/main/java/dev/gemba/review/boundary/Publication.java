package dev.gemba.review.boundary;

import jakarta.validation.constraints.NotNull;

/** A request to publish a review's pack, based on the version the caller saw. */
public record Publication(@NotNull Long version) {}
