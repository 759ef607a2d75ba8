package dev.gemba.touchpoint.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.gemba.touchpoint.entity.LifecyclePhase;

/**
 * What an admin enters to add, rename or retire a touchpoint type or information item. The
 * phase is fixed once created: moving an entry would silently reclassify past touchpoints.
 *
 * @param version the version the change is based on; null when adding
 */
public record VocabularyForm(
        @NotNull LifecyclePhase phase, @NotBlank @Size(max = 120) String name, boolean retired, Long version) {}
