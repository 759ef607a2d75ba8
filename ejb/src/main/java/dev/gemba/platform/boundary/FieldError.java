package dev.gemba.platform.boundary;

/** One rejected input field and why, in words a user can act on. */
public record FieldError(String field, String message) {}
