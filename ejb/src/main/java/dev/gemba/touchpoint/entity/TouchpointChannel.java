package dev.gemba.touchpoint.entity;

/** How IT and the business met. */
public enum TouchpointChannel {
    MEETING,
    WORKSHOP,
    CALL,
    EMAIL,
    SITE_VISIT,
    SURVEY,
    OTHER
}
