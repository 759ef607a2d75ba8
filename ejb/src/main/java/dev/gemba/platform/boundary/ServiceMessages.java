package dev.gemba.platform.boundary;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts services write for people (why an input was refused, what was not found), in the
 * caller's language ({@link CallerLocale}): English for the REST API, the page's language for the
 * UI. Texts are in {@code dev/gemba/platform/ServiceMessages*.properties}, one key per message.
 */
public final class ServiceMessages {

    private static final String BUNDLE = "dev.gemba.platform.ServiceMessages";

    // without it a missing English key would fall back to the JVM's default language, not to English
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ServiceMessages() {}

    /**
     * The message under this key in the caller's language, with the arguments in place of {0},
     * {1}…; arguments are inserted as {@link String#valueOf} gives them, so an id 12345 stays
     * "12345" in every language.
     *
     * @throws MissingResourceException when the key is not in the bundle (a programming error that
     *     {@code ServiceMessagesTest} catches)
     */
    public static String text(String key, Object... args) {
        Locale locale = CallerLocale.current();
        String pattern = bundle(locale).getString(key);
        Object[] strings = Arrays.stream(args).map(String::valueOf).toArray();
        return new MessageFormat(pattern, locale).format(strings);
    }

    /** The name of a kind of record ("business unit"), in the caller's language; unknown kinds as given. */
    public static String kind(String kind) {
        String key = "kind." + kind.replace(' ', '-');
        ResourceBundle bundle = bundle(CallerLocale.current());
        return bundle.containsKey(key) ? bundle.getString(key) : kind;
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, ServiceMessages.class.getClassLoader(), NO_FALLBACK);
    }
}
