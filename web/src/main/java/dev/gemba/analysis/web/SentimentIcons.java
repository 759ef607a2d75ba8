package dev.gemba.analysis.web;

import java.util.Locale;

/** The PrimeIcons that show a sentiment beside its colour, so that colour is never the only sign. */
final class SentimentIcons {

    private SentimentIcons() {}

    /** The icon classes for a sentiment (POSITIVE, NEGATIVE, MIXED, NEUTRAL), or none for no sentiment. */
    static String of(String sentiment) {
        if (sentiment == null) {
            return null;
        }
        return switch (sentiment.toUpperCase(Locale.ROOT)) {
            case "POSITIVE" -> "pi pi-thumbs-up";
            case "NEGATIVE" -> "pi pi-thumbs-down";
            case "MIXED" -> "pi pi-sort-alt";
            default -> "pi pi-minus";
        };
    }
}
