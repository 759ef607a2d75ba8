package dev.gemba.platform.boundary;

import java.util.Locale;

/**
 * The language of the person behind the current request, for the texts the server writes for
 * them (field validation messages, names kept in two languages). The web layer sets it around
 * each page request; everything else, the REST API included, speaks English.
 */
public final class CallerLocale {

    private static final ThreadLocal<Locale> CURRENT = new ThreadLocal<>();

    private CallerLocale() {}

    public static Locale current() {
        Locale locale = CURRENT.get();
        return locale == null ? Locale.ENGLISH : locale;
    }

    /**
     * A name kept in English and, optionally, German (seeded vocabulary, survey titles): the German
     * one for a German caller when there is one, else the English one. The one way such names are
     * chosen, so that pages show them in the reader's language and the API keeps English.
     */
    public static String choose(String english, String german) {
        return german != null && !german.isBlank() && "de".equals(current().getLanguage()) ? german : english;
    }

    /**
     * Speaks the given language (German when it is German, else English) on this thread until the
     * returned scope is closed.
     */
    public static Scope use(Locale locale) {
        Locale before = CURRENT.get();
        CURRENT.set("de".equals(locale.getLanguage()) ? Locale.GERMAN : Locale.ENGLISH);
        return () -> {
            if (before == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(before);
            }
        };
    }

    /** Ends a {@link #use}; closing never fails. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
