package dev.gemba.servicelevel.boundary;

/**
 * What posting a figure did: ADDED a month's first figure, REPLACED a different one (kept in the
 * history), or left an equal one UNCHANGED.
 */
public record RecordedMeasurement(String outcome, MeasurementEntry measurement) {}
