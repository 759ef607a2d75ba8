package dev.gemba.feedback.importing;

/** A refused row: its number as a spreadsheet shows it, the source column at fault (if one), why. */
public record ImportRowError(long row, String column, String reason) {}
