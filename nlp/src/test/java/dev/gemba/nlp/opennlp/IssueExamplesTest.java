package dev.gemba.nlp.opennlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import dev.gemba.nlp.Analysis;
import dev.gemba.nlp.DocumentSentiment;
import dev.gemba.nlp.KeyPhrase;
import dev.gemba.nlp.Sentiment;
import dev.gemba.nlp.SentimentEvidence;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The examples of issue 20 (contrast, negation scope, sarcasm, evidence, key phrases, unknown
 * words), each giving a sensible result with the built-in models.
 */
class IssueExamplesTest {

    private static OpenNlpFeedbackAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = OpenNlpFeedbackAnalyzer.builtIn();
    }

    private static Optional<KeyPhrase> phrase(Analysis a, String phrase) {
        return a.keyPhrases().stream().filter(k -> k.phrase().equals(phrase)).findFirst();
    }

    private static Optional<SentimentEvidence> evidence(Analysis a, String token) {
        return a.evidence().stream()
                .filter(e -> e.token().equalsIgnoreCase(token))
                .findFirst();
    }

    @Test
    void praiseAndComplaintJoinedByButAreMixedAndEachAspectTakesItsClause() {
        Analysis a = analyzer.analyze("The agent was great but the laptop still doesn't boot.");
        assertEquals(DocumentSentiment.MIXED, a.label(), a::toString);
        assertEquals(Sentiment.MIXED, a.sentences().get(0).label(), "one sentence whose clauses disagree");
        assertEquals(Sentiment.POSITIVE, phrase(a, "agent").orElseThrow().sentiment(), a::toString);
        assertEquals(Sentiment.NEGATIVE, phrase(a, "laptop").orElseThrow().sentiment(), a::toString);
        assertTrue(evidence(a, "great").orElseThrow().weight() > 0, a::toString);
        var boot = evidence(a, "doesn't boot").orElseThrow();
        assertTrue(boot.weight() < 0 && boot.kind() == SentimentEvidence.Kind.NEGATED, a::toString);
        assertTrue(evidence(a, "agent").isEmpty() || evidence(a, "agent").get().weight() > 0, a::toString);
    }

    @Test
    void aNegatedOpinionAndAFailedSearchAreNegative() {
        Analysis a = analyzer.analyze("I don't think the new self-service portal is helpful; "
                + "I couldn't find the knowledge base article.");
        assertEquals(DocumentSentiment.NEGATIVE, a.label(), a::toString);
        assertTrue(a.score() < 0, a::toString);
        assertTrue(a.evidence().stream().allMatch(e -> e.weight() < 0), "only evidence of the label: " + a);
        assertTrue(evidence(a, "couldn't find").isPresent(), a::toString);
        assertTrue(
                a.evidence().stream()
                        .anyMatch(e -> e.token().endsWith("helpful") && e.kind() == SentimentEvidence.Kind.NEGATED),
                a::toString);
    }

    @Test
    void germanSarcasmIsNegativeAndItsCuesAreShownAsSarcasm() {
        Analysis a = analyzer.analyze("Na toll, schon wieder ist das VPN ausgefallen, super Arbeit.");
        assertEquals("de", a.language());
        assertEquals(DocumentSentiment.NEGATIVE, a.label(), a::toString);
        assertTrue(a.evidence().stream().allMatch(e -> e.weight() < 0), "praise read as blame: " + a);
        var naToll = evidence(a, "Na toll").orElseThrow();
        assertEquals(SentimentEvidence.Kind.SARCASM, naToll.kind());
        // "super" is shown only when its turned weight outweighs what the word learned; then as sarcasm
        evidence(a, "super").ifPresent(e -> assertEquals(SentimentEvidence.Kind.SARCASM, e.kind(), a::toString));
        assertTrue(a.keyPhrases().stream().noneMatch(k -> k.phrase().equals("sup arbeit")), a::toString);
    }

    @Test
    void evidenceHoldsNoFunctionWordsOrNumbers() {
        Analysis a = analyzer.analyze("The printer has jammed four times and the scanner is broken as well.");
        assertEquals(DocumentSentiment.NEGATIVE, a.label(), a::toString);
        for (String function : List.of("four", "and", "has", "the", "is", "as")) {
            assertTrue(evidence(a, function).isEmpty(), function + " in " + a.evidence());
        }
        assertFalse(a.evidence().isEmpty(), a::toString);
    }

    @Test
    void keyPhrasesReadAsAPersonWouldWriteThem() {
        Analysis wifi = analyzer.analyze("Thank you! The Wi-Fi in building B drops every few minutes.");
        assertTrue(phrase(wifi, "wi-fi").isPresent(), wifi::toString);
        assertTrue(wifi.keyPhrases().stream().noneMatch(k -> k.phrase().contains("wi- ")), wifi::toString);
        assertTrue(wifi.keyPhrases().stream().noneMatch(k -> k.phrase().equals("thank")), wifi::toString);

        Analysis monitors = analyzer.analyze("Die neuen Monitore im Büro flackern seit Tagen, na ja, das nervt schon.");
        assertEquals("de", monitors.language());
        assertTrue(
                phrase(monitors, "neue monitore").isPresent()
                        || phrase(monitors, "neue monitor").isPresent(),
                monitors::toString);
        for (String noise : List.of("tagen", "tag", "na", "neu monitors")) {
            assertTrue(phrase(monitors, noise).isEmpty(), noise + " in " + monitors.keyPhrases());
        }
    }

    @Test
    void aNegationOpeningItsClauseReachesFurtherThanThreeWords() {
        Analysis a = analyzer.analyze("Not once in the last three weeks has the VPN been stable.");
        assertEquals(DocumentSentiment.NEGATIVE, a.label(), a::toString);
    }

    @Test
    void aPlainlyPositiveSentenceOfUnfamiliarWordsIsNotNegative() {
        // none of these words is in the corpus; the VADER prior knows them
        Analysis a = analyzer.analyze("What a splendid, delightful afternoon.");
        assertEquals(DocumentSentiment.POSITIVE, a.label(), a::toString);
        assertTrue(a.score() > 0 && !a.evidence().isEmpty(), a::toString);
    }

    @Test
    void germanNegationPatterns() {
        assertEquals(
                DocumentSentiment.NEGATIVE,
                analyzer.analyze("Seit dem Update läuft der Scanner nicht mehr.")
                        .label());
        assertEquals(
                DocumentSentiment.NEGATIVE,
                analyzer.analyze("Weder der Techniker noch die Hotline haben mir geholfen.")
                        .label());
        assertEquals(
                DocumentSentiment.NEGATIVE,
                analyzer.analyze("Das war kein guter Service, ehrlich gesagt.").label());
    }

    @Test
    void germanContrastWordsSplitClauses() {
        Analysis a = analyzer.analyze("Der Techniker war sehr freundlich, aber der Drucker druckt immer noch nicht.");
        assertEquals(DocumentSentiment.MIXED, a.label(), a::toString);
        assertEquals(Sentiment.POSITIVE, phrase(a, "techniker").orElseThrow().sentiment(), a::toString);
        assertEquals(Sentiment.NEGATIVE, phrase(a, "drucker").orElseThrow().sentiment(), a::toString);
    }
}
