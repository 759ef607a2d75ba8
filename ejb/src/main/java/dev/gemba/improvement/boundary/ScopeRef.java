package dev.gemba.improvement.boundary;

/** A service or business unit an item concerns: id and name. */
public record ScopeRef(long id, String name) {}
