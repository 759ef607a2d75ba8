package dev.gemba.analysis.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.gemba.nlp.TopicScore;
import dev.gemba.nlp.evaluation.LabelledText;
import dev.gemba.nlp.opennlp.ModelTrainer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Model files named by settings replace the built-in models; a wrong setting is refused with its reason. */
class AnalysisModelsTest {

    @TempDir
    static Path dir;

    static Path topicsFile;
    static Path sentimentEnFile;
    static Path sentimentDeFile;

    @BeforeAll
    static void trainModels() throws IOException {
        List<LabelledText> topics = new ArrayList<>();
        List<LabelledText> sentiment = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            topics.add(LabelledText.of("The warehouse scanner " + i + " shows a blank screen", "scanners"));
            topics.add(LabelledText.of("Invoice run " + i + " in the ledger stopped", "billing"));
            sentiment.add(LabelledText.of("Great help, thank you " + i, "positive"));
            sentiment.add(LabelledText.of("Broken again, awful " + i, "negative"));
        }
        topicsFile = dir.resolve("topics.bin");
        ModelTrainer.topics("en").train(topics).save(topicsFile);
        sentimentEnFile = dir.resolve("sentiment-en.bin");
        ModelTrainer.sentiment("en").train(sentiment).save(sentimentEnFile);
        sentimentDeFile = dir.resolve("sentiment-de.bin");
        ModelTrainer.sentiment("de").train(sentiment).save(sentimentDeFile);
    }

    @Test
    void configuredFilesReplaceTheBuiltInModels() {
        var models = AnalysisModels.load(
                Optional.of(sentimentEnFile.toString()), Optional.of(" "), Optional.of(topicsFile.toString()), "de");
        var analyzer = models.analyzer();

        assertEquals(
                List.of("billing", "scanners"),
                analyzer.topics().stream().sorted().toList());
        var result = analyzer.analyze("The warehouse scanner shows a blank screen again.");
        assertEquals("scanners", result.topics().get(0).topic(), () -> result.topics()
                .toString());
        assertTrue(analyzer.modelVersion().matches("gemba-\\d+ s=c\\w+,b\\w+ t=c\\w+,c\\w+"), analyzer.modelVersion());

        Map<String, String> files = models.describe(analyzer).stream()
                .filter(m -> m.file() != null)
                .collect(Collectors.toMap(AnalysisModels.ModelInUse::role, AnalysisModels.ModelInUse::file));
        assertEquals(
                Map.of(
                        "sentiment-en", sentimentEnFile.toString(),
                        "topics-en", topicsFile.toString(),
                        "topics-de", topicsFile.toString()),
                files);
        assertEquals("de", models.defaultLanguage());
        assertTrue(models.describe(analyzer).stream()
                .filter(m -> m.role().equals("sentiment-de"))
                .allMatch(m -> m.version().startsWith("builtin-")));
    }

    @Test
    void withoutSettingsTheBuiltInModelsAreUsed() {
        var analyzer = AnalysisModels.load(Optional.empty(), Optional.empty(), Optional.empty(), "en")
                .analyzer();
        assertTrue(analyzer.modelVersion().matches("gemba-\\d+ s=b\\w+,b\\w+ t=b\\w+,b\\w+"), analyzer.modelVersion());
        assertTrue(analyzer.topics().size() >= 13, analyzer.topics()::toString);
        assertTrue(analyzer.analyze("The VPN drops every hour").topics().stream()
                .map(TopicScore::topic)
                .anyMatch(t -> !t.equals("scanners")));
    }

    @Test
    void aMissingFileIsNamedWithItsSetting() {
        Path missing = dir.resolve("nowhere.bin");
        var e = assertThrows(
                IllegalStateException.class,
                () -> AnalysisModels.load(Optional.empty(), Optional.empty(), Optional.of(missing.toString()), "en"));
        assertEquals("gemba.nlp.topic.model names " + missing + ", but there is no such file", e.getMessage());
    }

    @Test
    void aModelOfTheWrongKindOrLanguageIsRefused() {
        var kind = assertThrows(
                IllegalStateException.class,
                () -> AnalysisModels.load(
                        Optional.of(topicsFile.toString()), Optional.empty(), Optional.empty(), "en"));
        assertEquals(
                "gemba.nlp.sentiment.model.en names " + topicsFile
                        + ", but it is a topics model, not a sentiment model",
                kind.getMessage());

        var language = assertThrows(
                IllegalStateException.class,
                () -> AnalysisModels.load(
                        Optional.of(sentimentDeFile.toString()), Optional.empty(), Optional.empty(), "en"));
        assertTrue(
                language.getMessage()
                        .startsWith("gemba.nlp.sentiment.model.en names " + sentimentDeFile
                                + ", but it is a sentiment model for de, not en"),
                language.getMessage());
    }

    @Test
    void aFileThatIsNoModelIsRefused() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.bin"), "not a model");
        var e = assertThrows(
                IllegalStateException.class,
                () -> AnalysisModels.load(Optional.empty(), Optional.of(text.toString()), Optional.empty(), "en"));
        assertTrue(
                e.getMessage()
                        .startsWith("gemba.nlp.sentiment.model.de names " + text
                                + ", but it is not a model file the NLP module wrote"),
                e.getMessage());
    }

    @Test
    void theDefaultLanguageMustBeOneTheAnalyserKnows() {
        var e = assertThrows(
                IllegalStateException.class,
                () -> AnalysisModels.load(Optional.empty(), Optional.empty(), Optional.empty(), "fr"));
        assertEquals("gemba.nlp.default.language must be en or de, not fr", e.getMessage());
    }
}
