package dev.gemba.feedback.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class KeyPhraseChipsTest {

    @Test
    void eachPhraseCarriesItsSentimentAsAStyle() {
        String detail = "{\"sentences\":[],\"evidence\":[],\"keyPhrases\":["
                + "{\"phrase\":\"vpn\",\"start\":4,\"end\":7,\"salience\":1.0,\"sentiment\":\"NEGATIVE\"},"
                + "{\"phrase\":\"service desk\",\"start\":30,\"end\":42,\"salience\":0.5,\"sentiment\":\"POSITIVE\"}]}";
        assertEquals(
                List.of(
                        new KeyPhraseChips.Chip("vpn", "gemba-chip-negative"),
                        new KeyPhraseChips.Chip("service desk", "gemba-chip-positive")),
                KeyPhraseChips.of(detail));
    }

    @Test
    void noAnalysisYetOrAnOlderDetailWithoutPhrasesGivesNoChips() {
        assertEquals(List.of(), KeyPhraseChips.of(null));
        assertEquals(List.of(), KeyPhraseChips.of("{\"sentences\":[],\"evidence\":[]}"));
    }
}
