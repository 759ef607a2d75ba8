package dev.gemba.security.boundary;

/** A user named in another record or offered for selection. */
public record UserRef(String username, String displayName) {}
