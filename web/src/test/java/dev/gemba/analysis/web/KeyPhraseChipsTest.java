package dev.gemba.analysis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import dev.gemba.analysis.entity.AnalysisDetail;
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
                KeyPhraseChips.of(AnalysisDetail.fromJson(detail)));
    }

    @Test
    void noAnalysisYetOrAnOlderDetailWithoutPhrasesGivesNoChips() {
        assertEquals(List.of(), KeyPhraseChips.of(null));
        assertEquals(List.of(), KeyPhraseChips.of(AnalysisDetail.fromJson("{\"sentences\":[],\"evidence\":[]}")));
    }
}
