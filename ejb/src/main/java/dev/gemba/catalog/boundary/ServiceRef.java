package dev.gemba.catalog.boundary;

import dev.gemba.catalog.entity.ItService;

/** A service named in another record. */
public record ServiceRef(long id, String name) {

    public static ServiceRef of(ItService s) {
        return new ServiceRef(s.getId(), s.getName());
    }
}
