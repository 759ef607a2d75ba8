package dev.gemba.catalog.boundary;

import java.time.Instant;

import dev.gemba.catalog.entity.Criticality;
import dev.gemba.catalog.entity.ItService;
import dev.gemba.catalog.entity.ServiceStatus;

/** An IT service as callers see it. */
public record ServiceDetails(
        long id,
        String name,
        String description,
        String owner,
        Criticality criticality,
        ServiceStatus status,
        Instant updatedAt,
        long version) {

    static ServiceDetails of(ItService s) {
        return new ServiceDetails(
                s.getId(),
                s.getName(),
                s.getDescription(),
                s.getOwner(),
                s.getCriticality(),
                s.getStatus(),
                s.getUpdatedAt(),
                s.getVersion());
    }
}
