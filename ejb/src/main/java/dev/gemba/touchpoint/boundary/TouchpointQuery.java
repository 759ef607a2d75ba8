package dev.gemba.touchpoint.boundary;

import java.time.Instant;

import dev.gemba.touchpoint.entity.LifecyclePhase;

/**
 * Filters for searching touchpoints; null means "any".
 *
 * @param participant part of the name of an IT participant or business contact
 * @param from inclusive lower bound of the touchpoint time
 * @param to exclusive upper bound of the touchpoint time
 * @param text matches summary, notes and outcomes
 */
public record TouchpointQuery(
        LifecyclePhase phase,
        Long typeId,
        Long serviceId,
        Long businessUnitId,
        String participant,
        Instant from,
        Instant to,
        String text) {

    public static TouchpointQuery all() {
        return new TouchpointQuery(null, null, null, null, null, null, null, null);
    }
}
