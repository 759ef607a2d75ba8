package dev.gemba.catalog.entity;

/** Where a service stands in the ITIL service portfolio: pipeline, catalogue or retired. */
public enum ServiceStatus {
    PIPELINE,
    IN_DESIGN,
    IN_TRANSITION,
    LIVE,
    RETIRING,
    RETIRED
}
