package dev.gemba.servicelevel.entity;

/** How a measurement arrived. */
public enum MeasurementSource {
    IMPORT,
    REST,
    DEMO
}
