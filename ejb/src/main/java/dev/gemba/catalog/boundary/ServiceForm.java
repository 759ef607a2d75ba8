package dev.gemba.catalog.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.gemba.catalog.entity.Criticality;
import dev.gemba.catalog.entity.ServiceStatus;

/** What a user enters to create or change an IT service; version is null when creating. */
public record ServiceForm(
        @NotBlank @Size(max = 120) String name,
        @Size(max = 4000) String description,
        @Size(max = 160) String owner,
        @NotNull Criticality criticality,
        @NotNull ServiceStatus status,
        Long version) {}
