package dev.gemba.analysis.control;

import dev.gemba.analysis.boundary.AnalysisResult;
import dev.gemba.analysis.entity.AnalysedTopic;
import dev.gemba.analysis.entity.AnalysisDetail;
import dev.gemba.analysis.entity.EvidenceKind;
import dev.gemba.analysis.entity.Sentiment;
import dev.gemba.nlp.Analysis;
import dev.gemba.nlp.DocumentSentiment;
import dev.gemba.nlp.SentimentEvidence;

/** Turns the NLP module's result into the analysis result Gemba stores; the one mapping between them. */
final class Readings {

    private Readings() {}

    static AnalysisResult of(Analysis a) {
        return new AnalysisResult(
                a.language(),
                sentiment(a.label()),
                a.score(),
                a.confidence(),
                a.topics().stream()
                        .map(t -> new AnalysedTopic(t.topic(), t.confidence(), sentiment(t.sentiment())))
                        .toList(),
                new AnalysisDetail(
                        a.languageConfidence(),
                        a.sentences().stream()
                                .map(s -> new AnalysisDetail.Sentence(
                                        s.start(), s.end(), sentiment(s.label()), s.score()))
                                .toList(),
                        a.keyPhrases().stream()
                                .map(k -> new AnalysisDetail.KeyPhrase(
                                        k.phrase(), k.start(), k.end(), k.salience(), sentiment(k.sentiment())))
                                .toList(),
                        a.evidence().stream()
                                .map(e -> new AnalysisDetail.Evidence(
                                        e.token(), e.start(), e.end(), e.weight(), kind(e.kind())))
                                .toList()),
                a.modelVersion());
    }

    static Sentiment sentiment(DocumentSentiment label) {
        return switch (label) {
            case NEGATIVE -> Sentiment.NEGATIVE;
            case NEUTRAL -> Sentiment.NEUTRAL;
            case POSITIVE -> Sentiment.POSITIVE;
            case MIXED -> Sentiment.MIXED;
        };
    }

    static Sentiment sentiment(dev.gemba.nlp.Sentiment label) {
        return switch (label) {
            case NEGATIVE -> Sentiment.NEGATIVE;
            case NEUTRAL -> Sentiment.NEUTRAL;
            case POSITIVE -> Sentiment.POSITIVE;
            case MIXED -> Sentiment.MIXED;
        };
    }

    static EvidenceKind kind(SentimentEvidence.Kind kind) {
        return switch (kind) {
            case WORD -> EvidenceKind.WORD;
            case NEGATED -> EvidenceKind.NEGATED;
            case SARCASM -> EvidenceKind.SARCASM;
        };
    }
}
