package dev.gemba.analysis.boundary;

import java.util.List;

import dev.gemba.analysis.entity.AnalysedTopic;
import dev.gemba.analysis.entity.AnalysisDetail;
import dev.gemba.analysis.entity.Sentiment;

/**
 * What the analysis made of one text, as a feature receives it to store: the language, the
 * sentiment of the whole text with its score in [-1, 1] and confidence, the topics (most confident
 * first), the displayed detail, and the version of the models that produced it.
 */
public record AnalysisResult(
        String language,
        Sentiment sentiment,
        double score,
        double confidence,
        List<AnalysedTopic> topics,
        AnalysisDetail detail,
        String modelVersion) {

    public AnalysisResult {
        topics = List.copyOf(topics);
    }

    /** The key phrases, most salient first, each once. */
    public List<String> keyPhrases() {
        return detail.keyPhrases().stream()
                .map(AnalysisDetail.KeyPhrase::phrase)
                .distinct()
                .toList();
    }
}
