package dev.gemba.nlp.opennlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import dev.gemba.nlp.Analysis;
import dev.gemba.nlp.FeedbackAnalyzer;
import dev.gemba.nlp.SentenceSentiment;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property-based robustness of the analyser (jqwik): for thousands of generated texts (empty,
 * blank, emoji, mixed languages, HTML, control characters, lone UTF-16 surrogates, random
 * characters of every plane, texts up to and past the length limit) {@code analyze} and
 * {@code sentiment} return a consistent result or throw {@link IllegalArgumentException}, never
 * another exception, and finish within a time limit.
 */
class AwkwardTextPropertiesTest {

    private static final Duration SHORT_TEXT_LIMIT = Duration.ofSeconds(10);
    private static final Duration LONG_TEXT_LIMIT = Duration.ofSeconds(60);

    /** Loaded once for every property and try. */
    private static final class Shared {
        static final OpenNlpFeedbackAnalyzer ANALYZER = OpenNlpFeedbackAnalyzer.builtIn();
    }

    private static final List<String> FRAGMENTS = List.of(
            "The VPN keeps dropping.",
            "Great help from the service desk, thanks!",
            "Der Drucker funktioniert seit Tagen nicht.",
            "Das Passwort wurde zurückgesetzt, danke.",
            "Le wifi est très lent aujourd'hui.",
            "Сервер не работает.",
            "打印机坏了。",
            "الشبكة بطيئة جدا",
            "ネットワークが遅い",
            "not bad",
            "NICHT gut!!!",
            "so goooood :)",
            ":( :-/ ;)",
            "<p>Outlook <b>crashed</b> again</p>",
            "<script>alert('x')</script>",
            "&amp; &lt;&gt; &#x1F600;",
            "<a href=\"https://example.org/x?y=1&z=2\">link</a>",
            "@helpdesk #fail http://t.co/abc",
            "e-mail: a.b@example.com",
            "3.5.2026 14:00 Uhr",
            "1,000,000.00 €",
            "...",
            "!?!?",
            "\"»„“”«",
            "\uD83D\uDE00",
            "\uD83D\uDC4D\uD83C\uDFFD",
            "\u2764\uFE0F",
            "\uD83C\uDDE9\uD83C\uDDEA",
            "\u0000",
            "\u0007",
            "\u001b[31m",
            "\r\n",
            "\t",
            "\u000B\u000C",
            "\u0085",
            "\u200B",
            "\u202E",
            "\uFEFF",
            "\uD800",
            "\uDBFF",
            "\uDC00",
            "\uDFFF",
            "\uDC00\uD800",
            "a\uD83Db",
            "\uFFFF",
            "\uFFFD");

    @Property(tries = 3000)
    void anyTextGivesAConsistentResultOrAClearError(@ForAll("awkwardTexts") String text) {
        assertTimeoutPreemptively(SHORT_TEXT_LIMIT, () -> check(text));
    }

    @Property(tries = 12)
    void textsUpToTheLimitAreAnalysedAndLongerOnesRejected(@ForAll("longTexts") String text) {
        assertTimeoutPreemptively(LONG_TEXT_LIMIT, () -> {
            if (text.length() > FeedbackAnalyzer.MAX_LENGTH) {
                assertThrows(IllegalArgumentException.class, () -> Shared.ANALYZER.analyze(text));
                assertThrows(IllegalArgumentException.class, () -> Shared.ANALYZER.sentiment(text));
            } else {
                check(text);
            }
        });
    }

    @Provide
    Arbitrary<String> awkwardTexts() {
        Arbitrary<String> fragment = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.of(FRAGMENTS)),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().all().ofMaxLength(40)),
                net.jqwik.api.Tuple.of(
                        2,
                        Arbitraries.strings()
                                .withCharRange('\uD800', '\uDFFF')
                                .withCharRange('\u0000', '\u001F')
                                .withChars(" .!?")
                                .alpha()
                                .ofMaxLength(30)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().whitespace().ofMaxLength(20)),
                net.jqwik.api.Tuple.of(
                        1, Arbitraries.strings().alpha().ofMinLength(200).ofMaxLength(3000)));
        Arbitrary<String> separator = Arbitraries.of("", " ", "\n", ". ", "\u00A0", "\t");
        Arbitrary<String> piece = Combinators.combine(fragment, separator).as(String::concat);
        return Arbitraries.oneOf(
                Arbitraries.of("", " ", "\n\t\r ", "\u00A0\u2003", "\uD83D\uDE00", "\uD800", "\uDC00"),
                piece.list().ofMaxSize(12).map(pieces -> String.join("", pieces)));
    }

    @Provide
    Arbitrary<String> longTexts() {
        Arbitrary<Integer> length = Arbitraries.oneOf(
                Arbitraries.integers().between(90_000, FeedbackAnalyzer.MAX_LENGTH),
                Arbitraries.of(FeedbackAnalyzer.MAX_LENGTH, FeedbackAnalyzer.MAX_LENGTH + 1),
                Arbitraries.integers().between(FeedbackAnalyzer.MAX_LENGTH + 1, FeedbackAnalyzer.MAX_LENGTH + 50));
        Arbitrary<String> filler = Arbitraries.of(
                "The VPN is slow and the printer is broken. ",
                "Der Drucker ist kaputt, aber der Support war super! ",
                "\uD83D\uDE00\uD800 <b>x</b>\u0000 ",
                "word ",
                "x");
        return Combinators.combine(filler, length)
                .as((f, n) -> f.repeat(n / f.length() + 1).substring(0, n));
    }

    private static void check(String text) {
        OpenNlpFeedbackAnalyzer analyzer = Shared.ANALYZER;
        Analysis a = analyzer.analyze(text);
        assertTrue(Set.of("en", "de").contains(a.language()), a.language());
        assertInRange(a.languageConfidence(), 0, 1);
        assertInRange(a.score(), -1, 1);
        assertInRange(a.confidence(), 0, 1);
        int previousEnd = 0;
        for (SentenceSentiment s : a.sentences()) {
            assertTrue(previousEnd <= s.start() && s.start() <= s.end() && s.end() <= text.length(), s::toString);
            assertInRange(s.score(), -1, 1);
            assertInRange(s.confidence(), 0, 1);
            previousEnd = s.end();
        }
        a.evidence().forEach(e -> assertEquals(e.token(), text.substring(e.start(), e.end())));
        a.keyPhrases().forEach(k -> {
            assertTrue(0 <= k.start() && k.start() <= k.end() && k.end() <= text.length(), k::toString);
            assertInRange(k.salience(), 0, 1);
        });
        a.topics().forEach(t -> assertInRange(t.confidence(), 0, 1));
        assertEquals(text.isBlank(), a.sentences().isEmpty(), "sentences of " + text.length() + " characters");
        SentenceSentiment sentiment = analyzer.sentiment(text);
        assertInRange(sentiment.score(), -1, 1);
        assertEquals(text.length(), sentiment.end());
    }

    private static void assertInRange(double value, double min, double max) {
        assertTrue(value >= min && value <= max, () -> value + " is outside [" + min + ", " + max + "]");
    }
}
