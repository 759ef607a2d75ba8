package dev.gemba.touchpoint.boundary;

import dev.gemba.touchpoint.entity.LifecyclePhase;
import dev.gemba.touchpoint.entity.PhaseVocabulary;

/** A touchpoint type or information item of a phase. */
public record VocabularyEntry(long id, LifecyclePhase phase, String name, int position, boolean retired, long version) {

    static VocabularyEntry of(PhaseVocabulary v) {
        return new VocabularyEntry(
                v.getId(), v.getPhase(), v.getName(), v.getPosition(), v.isRetired(), v.getVersion());
    }
}
