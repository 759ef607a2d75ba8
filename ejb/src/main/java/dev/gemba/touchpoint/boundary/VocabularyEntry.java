package dev.gemba.touchpoint.boundary;

import dev.gemba.platform.boundary.CallerLocale;
import dev.gemba.touchpoint.entity.LifecyclePhase;
import dev.gemba.touchpoint.entity.PhaseVocabulary;

/**
 * A touchpoint type or information item of a phase.
 *
 * @param name the English name (the one the API matches and sorts by)
 * @param nameDe the German name; null or empty when there is none
 */
public record VocabularyEntry(
        long id, LifecyclePhase phase, String name, String nameDe, int position, boolean retired, long version) {

    static VocabularyEntry of(PhaseVocabulary v) {
        return new VocabularyEntry(
                v.getId(), v.getPhase(), v.getName(), v.getNameDe(), v.getPosition(), v.isRetired(), v.getVersion());
    }

    /** The name in the caller's language, for pages. */
    public String label() {
        return CallerLocale.choose(name, nameDe);
    }
}
