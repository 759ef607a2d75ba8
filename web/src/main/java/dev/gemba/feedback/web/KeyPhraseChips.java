package dev.gemba.feedback.web;

import static dev.gemba.platform.control.JsonProviders.JSON;

import java.io.Serializable;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;

/** The key phrases of a stored analysis, each with the sentiment of the sentences that mention it. */
public final class KeyPhraseChips {

    /** A phrase and the CSS class of its sentiment (gemba-chip-negative, …). */
    public record Chip(String phrase, String styleClass) implements Serializable {

        /** The phrase's sentiment as a key of the messages (POSITIVE, NEGATIVE...). */
        public String sentiment() {
            return styleClass.substring("gemba-chip-".length()).toUpperCase(Locale.ROOT);
        }

        public String icon() {
            return SentimentIcons.of(sentiment());
        }
    }

    private KeyPhraseChips() {}

    public static List<Chip> of(String detailJson) {
        if (detailJson == null || detailJson.isBlank()) {
            return List.of();
        }
        try (var reader = JSON.createReader(new StringReader(detailJson))) {
            var phrases = reader.readObject().getJsonArray("keyPhrases");
            return phrases == null
                    ? List.of()
                    : phrases.stream()
                            .map(v -> v.asJsonObject())
                            .map(k -> new Chip(
                                    k.getString("phrase"),
                                    "gemba-chip-"
                                            + k.getString("sentiment", "neutral")
                                                    .toLowerCase(Locale.ROOT)))
                            .toList();
        }
    }
}
