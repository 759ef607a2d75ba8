package dev.gemba.importing.boundary;

/** A refused row: its number as a spreadsheet shows it, the source column at fault (if one), why. */
public record ImportRowError(long row, String column, String reason) {}
