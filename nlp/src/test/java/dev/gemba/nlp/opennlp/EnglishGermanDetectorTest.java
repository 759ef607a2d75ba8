package dev.gemba.nlp.opennlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EnglishGermanDetectorTest {

    private static EnglishGermanDetector detector;

    @BeforeAll
    static void load() {
        detector = EnglishGermanDetector.load();
    }

    @Test
    void tellsEnglishFromGerman() {
        var english = detector.detect("The printer on the second floor has been broken for days and nobody answers.");
        assertEquals("en", english.language());
        assertTrue(english.confidence() > 0.7, english::toString);
        var german = detector.detect("Der Drucker im zweiten Stock ist seit Tagen kaputt und niemand meldet sich.");
        assertEquals("de", german.language());
        assertTrue(german.confidence() > 0.7, german::toString);
    }

    @Test
    void linksHandlesAndDigitsDoNotCount() {
        var detected =
                detector.detect("@helpdesk https://example.org/wartung 2026 Die Wartung ist am Samstag geplant.");
        assertEquals("de", detected.language());
    }

    @Test
    void symbolsAloneAreATie() {
        var detected = detector.detect("\uD83D\uDE00 1234 !!! ???");
        assertEquals(0.5, detected.confidence(), 0.01);
    }
}
