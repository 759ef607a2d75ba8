package dev.gemba.nlp.opennlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhraseLemmasTest {

    @ParameterizedTest
    @CsvSource({
        "printers, printer",
        "batteries, battery",
        "addresses, address",
        "patches, patch",
        "boxes, box",
        "licenses, license",
        "databases, database",
        "cookies, cookie",
        "caches, cache",
        "people, person",
        "viruses, virus",
        "news, news",
        "access, access",
        "status, status",
        "analysis, analysis",
        "printer, printer",
        "vpn, vpn",
        "wi-fi, wi-fi"
    })
    void englishNounsGetTheirSingular(String plural, String singular) {
        assertEquals(singular, PhraseLemmas.noun(plural, false));
    }

    @ParameterizedTest
    @CsvSource({
        "verbindungen, verbindung",
        "kolleginnen, kollegin",
        "dateien, datei",
        "batterien, batterie",
        "druckern, drucker",
        "druckers, drucker",
        "tickets, ticket",
        "laptops, laptop",
        "updates, update",
        "systems, system",
        "drucker, drucker",
        "prozess, prozess",
        "preis, preis",
        "kurs, kurs",
        "konzern, konzern",
        "status, status"
    })
    void germanNounsLoseUnambiguousEndings(String inflected, String base) {
        assertEquals(base, PhraseLemmas.noun(inflected, true));
    }

    @ParameterizedTest
    @CsvSource({
        "langsame, langsame",
        "langsamen, langsame",
        "langsamer, langsame",
        "langsames, langsame",
        "langsamem, langsame",
        "neue, neue",
        "neuen, neue",
        "teuren, teure",
        "gelöschten, gelöschte",
        "gut, gut",
        "super, super",
        "prima, prima"
    })
    void germanAttributiveAdjectivesTakeTheFormTheyHaveAfterTheDefiniteArticle(String inflected, String base) {
        assertEquals(base, PhraseLemmas.adjective(inflected, true));
    }

    @ParameterizedTest
    @CsvSource({"slow, slow", "newer, newer", "broken, broken"})
    void englishAdjectivesStayAsTheyAre(String word, String base) {
        assertEquals(base, PhraseLemmas.adjective(word, false));
    }
}
