package dev.gemba.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every UI text and validation message exists in German as in English, with the same placeholders. */
class TranslationsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]+}");

    @ParameterizedTest
    @ValueSource(strings = {"dev/gemba/i18n/messages", "dev/gemba/i18n/respond", "ValidationMessages"})
    void germanHasEveryKeyWithTheSamePlaceholders(String bundle) throws IOException {
        Properties english = load(bundle + ".properties");
        Properties german = load(bundle + "_de.properties");
        assertEquals(english.stringPropertyNames(), german.stringPropertyNames(), bundle);
        var differing = new TreeMap<String, String>();
        for (String key : english.stringPropertyNames()) {
            if (!placeholders(english.getProperty(key)).equals(placeholders(german.getProperty(key)))) {
                differing.put(key, german.getProperty(key));
            }
        }
        assertEquals(new TreeMap<String, String>(), differing, "placeholders differ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev/gemba/i18n/messages", "dev/gemba/i18n/respond"})
    void germanIsReadAsUtf8(String bundle) throws IOException {
        // ResourceBundle reads properties as UTF-8 (Java 9+): umlauts must be in the file as UTF-8
        String all = String.join(
                "\n",
                load(bundle + "_de.properties").values().stream()
                        .map(String::valueOf)
                        .toList());
        assertNotEquals(-1, all.indexOf('ü'), "no umlaut found: not UTF-8?");
        assertEquals(-1, all.indexOf('\uFFFD'), "undecodable bytes");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "dev/gemba/i18n/messages.properties",
                "dev/gemba/i18n/messages_de.properties",
                "dev/gemba/i18n/respond.properties",
                "dev/gemba/i18n/respond_de.properties"
            })
    void apostrophesSurviveMessageFormat(String file) throws IOException {
        // a text with {0} goes through MessageFormat, where a lone ' starts a quoted section
        var swallowed = new TreeMap<String, String>();
        Properties texts = load(file);
        for (String key : texts.stringPropertyNames()) {
            String pattern = texts.getProperty(key);
            if (!PLACEHOLDER.matcher(pattern).find()) {
                continue;
            }
            String formatted = java.text.MessageFormat.format(pattern, "a", "b", "c", "d");
            if (formatted.chars().filter(c -> c == '\'').count()
                    != pattern.replace("''", "'").chars().filter(c -> c == '\'').count()) {
                swallowed.put(key, formatted);
            }
        }
        assertEquals(new TreeMap<String, String>(), swallowed, "write '' for an apostrophe in " + file);
    }

    @org.junit.jupiter.api.Test
    void everyTopicOfTheDefaultTaxonomyHasAName() throws IOException {
        Set<String> topics = new TreeSet<>();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/dev/gemba/nlp/topics.tsv")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> topics.add(line.substring(0, line.indexOf('\t'))));
        }
        assertEquals(13, topics.size(), topics::toString);
        Properties english = load("dev/gemba/i18n/messages.properties");
        Set<String> unnamed = new TreeSet<>();
        topics.stream().filter(t -> !english.containsKey("topic." + t)).forEach(unnamed::add);
        assertEquals(Set.of(), unnamed, "topics without a name in messages.properties");
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    private static Properties load(String name) throws IOException {
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/" + name)) {
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
