package dev.gemba.catalog.boundary;

import dev.gemba.catalog.entity.Criticality;
import dev.gemba.catalog.entity.ServiceStatus;

/** Filters for listing services; null means "any". Text matches name, owner and description. */
public record ServiceQuery(String text, Criticality criticality, ServiceStatus status) {

    public static ServiceQuery all() {
        return new ServiceQuery(null, null, null);
    }
}
