package dev.gemba.catalog.boundary;

/** A business unit's relationship manager, with the address their mail goes to (null when none is set). */
public record UnitManager(long businessUnitId, String businessUnitName, String username, String name, String email) {}
