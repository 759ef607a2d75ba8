package dev.gemba.touchpoint.boundary;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import dev.gemba.touchpoint.entity.LifecyclePhase;

/**
 * What an admin enters to add, rename or retire a touchpoint type or information item. The
 * phase is fixed once created: moving an entry would silently reclassify past touchpoints.
 *
 * @param nameDe the German name; null keeps the one the entry has unless the English name changes
 *     (it translated the old name), empty removes it
 * @param version the version the change is based on; null when adding
 */
public record VocabularyForm(
        @NotNull LifecyclePhase phase,
        @NotBlank @Size(max = 120) String name,
        @Size(max = 120) String nameDe,
        boolean retired,
        Long version) {

    @JsonbCreator // the API's constructor; the shorter one is for callers without a German name
    public VocabularyForm {}

    /** A form without a German name. */
    public VocabularyForm(LifecyclePhase phase, String name, boolean retired, Long version) {
        this(phase, name, null, retired, version);
    }
}
