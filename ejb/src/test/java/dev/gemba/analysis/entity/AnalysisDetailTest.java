package dev.gemba.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

class AnalysisDetailTest {

    @Test
    void whatIsWrittenIsReadBackWithMixedSentencesAndEvidenceKinds() {
        var detail = new AnalysisDetail(
                0.875,
                List.of(new AnalysisDetail.Sentence(0, 20, Sentiment.MIXED, -0.125)),
                List.of(new AnalysisDetail.KeyPhrase("vpn", 4, 7, 1.0, Sentiment.NEGATIVE)),
                List.of(new AnalysisDetail.Evidence("na toll", 9, 16, -2.5, EvidenceKind.SARCASM)));
        assertEquals(detail, AnalysisDetail.fromJson(detail.toJson()));
    }

    @Test
    void evidenceStoredBeforeKindsWereKeptReadsAsWords() {
        var read = AnalysisDetail.fromJson("{\"languageConfidence\":0.5,\"sentences\":[],\"keyPhrases\":[],"
                + "\"evidence\":[{\"token\":\"slow\",\"start\":0,\"end\":4,\"weight\":-1.0}]}");
        assertEquals(EvidenceKind.WORD, read.evidence().get(0).kind());
    }

    @Test
    void noStoredDetailIsNone() {
        assertNull(AnalysisDetail.fromJson(null));
    }
}
