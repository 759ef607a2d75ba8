package dev.gemba.platform.boundary;

import java.util.Locale;

/**
 * The language of the person behind the current request, for the texts the server writes for
 * them (field validation messages). The web layer sets it around each page request; everything
 * else, the REST API included, speaks English.
 */
public final class CallerLocale {

    private static final ThreadLocal<Locale> CURRENT = new ThreadLocal<>();

    private CallerLocale() {}

    public static Locale current() {
        Locale locale = CURRENT.get();
        return locale == null ? Locale.ENGLISH : locale;
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
