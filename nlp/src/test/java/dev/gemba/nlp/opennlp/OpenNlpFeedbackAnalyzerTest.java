package dev.gemba.nlp.opennlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.gemba.nlp.Analysis;
import dev.gemba.nlp.DocumentSentiment;
import dev.gemba.nlp.FeedbackAnalyzer;
import dev.gemba.nlp.Sentiment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenNlpFeedbackAnalyzerTest {

    private static FeedbackAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = OpenNlpFeedbackAnalyzer.builtIn();
    }

    @Test
    void negationFlipsASentence() {
        assertEquals(
                DocumentSentiment.POSITIVE,
                analyzer.analyze("The VPN is reliable.").label());
        assertEquals(
                DocumentSentiment.NEGATIVE,
                analyzer.analyze("The VPN is not reliable.").label());
        assertEquals(
                DocumentSentiment.NEGATIVE,
                analyzer.analyze("The technician wasn't helpful at all.").label());
        assertEquals(
                DocumentSentiment.POSITIVE,
                analyzer.analyze("Not bad at all, no complaints.").label());
    }

    @Test
    void theModelVersionNamesTheBuiltInModelsInSixtyCharacters() {
        String version = analyzer.modelVersion();
        assertTrue(version.matches("gemba-3 s=b[0-9a-f]{8},b[0-9a-f]{8} t=b[0-9a-f]{8},b[0-9a-f]{8}"), version);
        assertTrue(version.length() <= 60);
        assertEquals(version, analyzer.analyze("The VPN is slow.").modelVersion());
    }

    @Test
    void praiseAndComplaintInOneTextIsMixed() {
        Analysis a = analyzer.analyze("The technician was friendly and excellent. But the laptop still crashes "
                + "every day and it is terrible.");
        assertEquals(DocumentSentiment.MIXED, a.label());
        assertEquals(Sentiment.POSITIVE, a.sentences().get(0).label());
        assertEquals(Sentiment.NEGATIVE, a.sentences().get(1).label());
    }

    @Test
    void germanTextIsDetectedAndAnalysedAsGerman() {
        Analysis a = analyzer.analyze("Der Drucker im zweiten Stock funktioniert seit Tagen nicht und niemand "
                + "meldet sich. Das ist wirklich ärgerlich.");
        assertEquals("de", a.language());
        assertEquals(DocumentSentiment.NEGATIVE, a.label());
        assertTrue(a.topics().stream().anyMatch(t -> t.topic().equals("hardware-devices")), a.topics()::toString);
    }

    @Test
    void offsetsPointAtTheRightCharacters() {
        String text = "Password reset took ages. The new portal is great!";
        Analysis a = analyzer.analyze(text);
        assertEquals(2, a.sentences().size());
        assertEquals(
                "Password reset took ages.",
                text.substring(
                        a.sentences().get(0).start(), a.sentences().get(0).end()));
        a.evidence().forEach(e -> assertEquals(e.token(), text.substring(e.start(), e.end())));
        a.keyPhrases().forEach(k -> assertOccurrenceOf(k.phrase(), text.substring(k.start(), k.end())));
        assertTrue(a.evidence().stream().anyMatch(e -> e.token().equals("great") && e.weight() > 0));
    }

    /** A phrase is in base forms; the text at its offsets is an inflected occurrence, word by word. */
    private static void assertOccurrenceOf(String phrase, String surface) {
        String[] bases = phrase.split(" ");
        String[] words = surface.toLowerCase().split("\\s+");
        assertEquals(bases.length, words.length, phrase + " at '" + surface + "'");
        for (int i = 0; i < bases.length; i++) {
            String stem = bases[i].substring(0, Math.max(1, bases[i].length() - 1));
            assertTrue(words[i].startsWith(stem), phrase + " at '" + surface + "'");
        }
    }

    @Test
    void keyPhrasesCountInflectedFormsAsOne() {
        Analysis english = analyzer.analyze("The printers on the second floor jam all the time. "
                + "The printer in the lobby jams too. Please replace the printer drivers.");
        assertTrue(english.keyPhrases().stream().anyMatch(k -> k.phrase().equals("printer")), english::toString);
        assertTrue(english.keyPhrases().stream().noneMatch(k -> k.phrase().equals("printers")), english::toString);
        assertTrue(english.keyPhrases().stream().anyMatch(k -> k.phrase().equals("printer driver")), english::toString);

        String text = "Die langsame Verbindung nervt jeden Tag. Wegen der langsamen Verbindungen warten wir "
                + "ständig. Mit den Druckern haben wir auch Ärger.";
        Analysis german = analyzer.analyze(text);
        assertEquals("de", german.language());
        var slow = german.keyPhrases().stream()
                .filter(k -> k.phrase().equals("langsame verbindung"))
                .toList();
        assertEquals(1, slow.size(), german::toString);
        assertEquals(
                "langsame Verbindung",
                text.substring(slow.get(0).start(), slow.get(0).end()));
        assertEquals(1.0, slow.get(0).salience(), 1e-9, "two mentions: the most salient phrase");
        assertTrue(german.keyPhrases().stream().anyMatch(k -> k.phrase().equals("drucker")), german::toString);
    }

    @Test
    void topicsCarryTheSentimentOfTheirSentences() {
        Analysis a = analyzer.analyze(
                "The VPN keeps dropping and it is awful. The service desk was quick and " + "friendly.");
        var network = a.topics().stream()
                .filter(t -> t.topic().equals("network-connectivity"))
                .findFirst()
                .orElseThrow();
        assertEquals(Sentiment.NEGATIVE, network.sentiment());
        var desk = a.topics().stream()
                .filter(t -> t.topic().equals("service-desk-responsiveness"))
                .findFirst()
                .orElseThrow();
        assertEquals(Sentiment.POSITIVE, desk.sentiment());
    }

    @Test
    void concurrentUseGivesTheSameResultsAsSequentialUse() throws Exception {
        List<String> texts = List.of(
                "The VPN is slow.",
                "Great help from Anna, thanks!",
                "Outlook crashed again.",
                "Die Schulung war hervorragend und sehr hilfreich für das ganze Team.",
                "Meeting moved to Monday.");
        List<Analysis> sequential = texts.stream().map(analyzer::analyze).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Analysis>> futures = new ArrayList<>();
            for (int round = 0; round < 40; round++) {
                for (String text : texts) {
                    futures.add(pool.submit(() -> analyzer.analyze(text)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(sequential.get(i % texts.size()), futures.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void awkwardInputGivesAResultOrAClearError() {
        assertEquals(DocumentSentiment.NEUTRAL, analyzer.analyze("").label());
        assertEquals(DocumentSentiment.NEUTRAL, analyzer.analyze(" \n\t ").label());
        assertFalse(analyzer.analyze("\uD83D\uDE00").sentences().isEmpty());
        analyzer.analyze("<b>VPN</b> &amp; <script>alert(1)</script> is down");
        analyzer.analyze("bad\u0000control\u0007chars\u001b[31m and a lone surrogate \uD800 here");
        analyzer.analyze("The VPN is great. Der Drucker ist kaputt. Le wifi est lent.");
        assertThrows(IllegalArgumentException.class, () -> analyzer.analyze(null));
        assertThrows(
                IllegalArgumentException.class, () -> analyzer.analyze("x".repeat(FeedbackAnalyzer.MAX_LENGTH + 1)));
        assertTrue(analyzer.analyze("slow ".repeat(FeedbackAnalyzer.MAX_LENGTH / 5))
                        .score()
                < 0);
    }

    @Test
    void thousandsOfGeneratedTextsNeverCrash() {
        Random random = new Random(42);
        String alphabet = "abcdeäöüß XYZ.!?,;\n\t\u0000\uD83D\uDE00\uD800<>&\"'0123456789";
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(200);
            for (int k = 0; k < length; k++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            Analysis a = analyzer.analyze(text.toString());
            assertTrue(a.score() >= -1 && a.score() <= 1);
            a.sentences().forEach(s -> assertTrue(s.start() >= 0 && s.end() <= text.length()));
        }
    }
}
