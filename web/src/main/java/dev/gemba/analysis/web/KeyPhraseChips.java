package dev.gemba.analysis.web;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

import dev.gemba.analysis.entity.AnalysisDetail;

/** The key phrases of a stored analysis, each with the sentiment of the sentences that mention it. */
public final class KeyPhraseChips {

    /** A phrase and the CSS class of its sentiment (gemba-chip-negative, …). */
    public record Chip(String phrase, String styleClass) implements Serializable {

        /** The phrase's sentiment as a key of the messages (POSITIVE, NEGATIVE...). */
        public String sentiment() {
            return styleClass.substring("gemba-chip-".length()).toUpperCase(Locale.ROOT);
        }

        /** The icon that shows the sentiment beside its colour. */
        public String icon() {
            return SentimentIcons.of(sentiment());
        }
    }

    private KeyPhraseChips() {}

    public static List<Chip> of(AnalysisDetail detail) {
        return detail == null
                ? List.of()
                : detail.keyPhrases().stream()
                        .map(k -> new Chip(
                                k.phrase(), "gemba-chip-" + k.sentiment().name().toLowerCase(Locale.ROOT)))
                        .toList();
    }
}
