package dev.gemba.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class ServiceMessagesTest {

    private static final Pattern KEY_USE = Pattern.compile("\\b(?:text|RowReason\\.of)\\(\\s*\"([a-z0-9.-]+)\"");
    private static final Pattern KIND_USE = Pattern.compile(
            "new (?:RecordNotFoundException|StaleUpdateException)\\(\\s*\"([a-z -]+)\"|\\.class, \"([a-z -]+)\"\\)");
    private static final List<String> FILES = List.of("ServiceMessages.properties", "ServiceMessages_de.properties");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    @Test
    void everyKeyTheServicesUseIsInBothLanguages() throws IOException {
        Set<String> used = matches(KEY_USE);
        assertTrue(used.size() > 50, "found the keys in use: " + used.size());
        for (String file : FILES) {
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(properties(file).stringPropertyNames());
            assertEquals(Set.of(), missing, "keys missing in " + file);
        }
    }

    @Test
    void everyKindOfRecordHasAName() throws IOException {
        Set<String> kinds = matches(KIND_USE);
        assertTrue(kinds.contains("business unit") && kinds.contains("touchpoint type"), kinds.toString());
        for (String kind : kinds) {
            String key = "kind." + kind.replace(' ', '-');
            for (String file : FILES) {
                assertTrue(properties(file).containsKey(key), key + " in " + file);
            }
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndPlaceholders() {
        // read as files: a ResourceBundle would answer a key missing in German from its English parent
        Properties english = properties(FILES.get(0));
        Properties german = properties(FILES.get(1));
        assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(german.stringPropertyNames()));
        for (String key : english.stringPropertyNames()) {
            assertEquals(placeholders(english.getProperty(key)), placeholders(german.getProperty(key)), key);
        }
    }

    @Test
    void germanCallersReadGermanOthersEnglishEvenOnAGermanMachine() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMAN);
        try {
            // no bundle for English: it must fall back to the English base, not to the JVM's German
            assertEquals(
                    "business unit 12345 does not exist",
                    new RecordNotFoundException("business unit", 12345L).getMessage());
            try (var language = CallerLocale.use(Locale.GERMANY)) {
                assertEquals(
                        "Geschäftsbereich 12345 gibt es nicht",
                        new RecordNotFoundException("business unit", 12345L).getMessage());
                assertEquals("kein aktiver Benutzer namens „bob“", ServiceMessages.text("user.unknown-active", "bob"));
            }
            assertEquals("must be before 'to'", ServiceMessages.text("range.from-after-to"));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void apostrophesSurviveAndEveryPlaceholderIsFilled() {
        for (Locale locale : Set.of(Locale.ENGLISH, Locale.GERMAN)) {
            try (var language = CallerLocale.use(locale)) {
                var bundle = ServiceMessages.bundle(locale);
                for (String key : bundle.keySet()) {
                    String pattern = bundle.getString(key);
                    String text = ServiceMessages.text(key, "a", "b", "c", "d", "e", "f", "g", "h", "i", "j");
                    assertFalse(text.contains("{") || text.contains("}"), key + ": " + text);
                    // a lone ' starts a quoted section in MessageFormat and would swallow text
                    assertEquals(
                            pattern.replace("''", "'")
                                    .chars()
                                    .filter(c -> c == '\'')
                                    .count(),
                            text.chars().filter(c -> c == '\'').count(),
                            key + ": " + text);
                }
            }
        }
    }

    private static Properties properties(String file) {
        Properties properties = new Properties();
        try (var in = ServiceMessagesTest.class.getResourceAsStream("/dev/gemba/platform/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static Set<String> matches(Pattern pattern) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    found.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        return found;
    }
}
