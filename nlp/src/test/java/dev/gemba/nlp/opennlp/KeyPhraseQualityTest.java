package dev.gemba.nlp.opennlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.gemba.nlp.KeyPhrase;
import dev.gemba.nlp.evaluation.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Key phrases against hand-written expectations: 100 English and 100 German feedback texts
 * (src/test/resources/dev/gemba/nlp/keyphrases-*.jsonl, written for this test, each with the
 * phrases a person would pick, in the analyser's normal form: lower case, head noun in its base
 * form, German adjectives as after "der/die/das"). Micro-averaged precision and recall of the
 * phrases found (at most five per text) are printed and must stay above a floor, so that a
 * change that damages phrases fails here.
 */
class KeyPhraseQualityTest {

    private static final double MIN_PRECISION = 0.70;
    private static final double MIN_RECALL = 0.70;

    private static final OpenNlpFeedbackAnalyzer ENGLISH = OpenNlpFeedbackAnalyzer.builtIn("en");
    private static final OpenNlpFeedbackAnalyzer GERMAN = OpenNlpFeedbackAnalyzer.builtIn("de");

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void keyPhrasesMatchWhatAPersonWouldPick(String language) throws IOException {
        int expected = 0;
        int found = 0;
        int matched = 0;
        int texts = 0;
        List<String> misses = new ArrayList<>();
        for (Map<?, ?> line : lines("/dev/gemba/nlp/keyphrases-" + language + ".jsonl")) {
            texts++;
            String text = (String) line.get("text");
            Set<String> gold = new HashSet<>();
            ((List<?>) line.get("phrases")).forEach(p -> gold.add((String) p));
            // short texts fall back to the file's language, as a deployment for that language would
            var analysis = ("de".equals(language) ? GERMAN : ENGLISH).analyze(text);
            assertEquals(language, analysis.language(), text);
            Set<String> got = new HashSet<>(
                    analysis.keyPhrases().stream().map(KeyPhrase::phrase).toList());
            expected += gold.size();
            found += got.size();
            for (String phrase : got) {
                if (gold.contains(phrase)) {
                    matched++;
                }
            }
            if (!got.equals(gold) && misses.size() < 40) {
                misses.add(gold + " -> " + got);
            }
        }
        double precision = (double) matched / found;
        double recall = (double) matched / expected;
        System.out.printf(
                Locale.ROOT,
                "key phrases (%s): %d texts, %d expected, %d found, %d right: precision %.3f, recall %.3f%n",
                language,
                texts,
                expected,
                found,
                matched,
                precision,
                recall);
        misses.forEach(m -> System.out.println("  " + m));
        assertTrue(texts >= 100, "at least 100 texts per language");
        assertTrue(precision >= MIN_PRECISION, "precision " + precision);
        assertTrue(recall >= MIN_RECALL, "recall " + recall);
    }

    private static List<Map<?, ?>> lines(String resource) throws IOException {
        List<Map<?, ?>> result = new ArrayList<>();
        try (var in = KeyPhraseQualityTest.class.getResourceAsStream(resource);
                var reader = new java.io.BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    result.add((Map<?, ?>) Json.parse(line));
                }
            }
        }
        return result;
    }
}
