package dev.gemba.touchpoint.boundary;

/** What the rows of a coverage matrix are. */
public enum CoverageDimension {
    SERVICE,
    BUSINESS_UNIT
}
