package dev.gemba.analysis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import dev.gemba.analysis.entity.AnalysisDetail;
import dev.gemba.analysis.entity.EvidenceKind;
import dev.gemba.analysis.entity.Sentiment;
import org.junit.jupiter.api.Test;

class TextSegmentsTest {

    @Test
    void sentencesCarryTheirSentimentAndDriversAreMarked() {
        // the first piece of each sentence names its sentiment, so it is said in words and by an icon
        String text = "Support was great but the laptop doesn't boot. Thanks.";
        var detail = new AnalysisDetail(
                0.9,
                List.of(
                        new AnalysisDetail.Sentence(0, 46, Sentiment.MIXED, 0.1),
                        new AnalysisDetail.Sentence(47, 54, Sentiment.POSITIVE, 0.6)),
                List.of(),
                List.of(
                        new AnalysisDetail.Evidence("great", 12, 17, 1.2, EvidenceKind.WORD),
                        new AnalysisDetail.Evidence("doesn't boot", 33, 45, -1.5, EvidenceKind.NEGATED)));
        assertEquals(
                List.of(
                        new TextSegments.Segment("Support was ", "gemba-sentence gemba-mixed", "MIXED"),
                        new TextSegments.Segment("great", "gemba-sentence gemba-mixed gemba-driver-positive"),
                        new TextSegments.Segment(" but the laptop ", "gemba-sentence gemba-mixed"),
                        new TextSegments.Segment("doesn't boot", "gemba-sentence gemba-mixed gemba-driver-negative"),
                        new TextSegments.Segment(".", "gemba-sentence gemba-mixed"),
                        new TextSegments.Segment(" ", "gemba-sentence"),
                        new TextSegments.Segment("Thanks.", "gemba-sentence gemba-positive", "POSITIVE")),
                TextSegments.of(text, detail));
    }

    @Test
    void aTextNotYetAnalysedIsOneNeutralSegment() {
        assertEquals(List.of(new TextSegments.Segment("Hello", "gemba-sentence")), TextSegments.of("Hello", null));
    }
}
