package dev.gemba.nlp.opennlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import dev.gemba.nlp.Analysis;
import dev.gemba.nlp.DocumentSentiment;
import dev.gemba.nlp.TopicScore;
import org.junit.jupiter.api.Test;

class CustomModelAnalyzerTest {

    @Test
    void anAnalyzerUsesCustomSentimentAndTopicModelsInsteadOfTheBuiltInOnes() {
        ClassifierModel sentiment = ModelTrainer.sentiment("en").train(TinyCorpus.sentiment());
        ClassifierModel topics = ModelTrainer.topics("en").train(TinyCorpus.topics());
        OpenNlpFeedbackAnalyzer analyzer = OpenNlpFeedbackAnalyzer.builder()
                .sentimentModel(sentiment)
                .topicModel(topics)
                .build();

        String digest = sentiment.version().substring("custom-sentiment-".length(), "custom-sentiment-".length() + 8);
        assertTrue(analyzer.modelVersion().startsWith("gemba-3 s=c" + digest + ",b"), analyzer.modelVersion());
        assertTrue(analyzer.modelVersion().length() <= 60, "fits the column the application stores it in");
        assertEquals(sentiment.version(), analyzer.modelVersions().get("sentiment-en"));
        assertEquals(topics.version(), analyzer.modelVersions().get("topics-en"));
        assertEquals(topics.version(), analyzer.modelVersions().get("topics-de"));
        assertEquals(
                List.of("access", "cost", "hardware"),
                analyzer.topics().stream().sorted().toList());

        Analysis a = analyzer.analyze("The licence invoice for the printer is terrible and keeps failing.");
        assertEquals(DocumentSentiment.NEGATIVE, a.label());
        assertTrue(
                a.topics().stream().map(TopicScore::topic).allMatch(List.of("access", "cost", "hardware")::contains));
        assertEquals("cost", a.topics().get(0).topic(), a.topics()::toString);
    }

    @Test
    void modelsOfTheWrongKindAreRejected() {
        ClassifierModel topics = ModelTrainer.topics("en").train(TinyCorpus.topics());
        var builder = OpenNlpFeedbackAnalyzer.builder();
        assertThrows(IllegalArgumentException.class, () -> builder.sentimentModel(topics));
    }
}
