package dev.gemba.analysis.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.gemba.nlp.opennlp.ClassifierModel;
import dev.gemba.nlp.opennlp.OpenNlpFeedbackAnalyzer;

/**
 * The analysis models an administrator chose instead of the built-in ones: model files trained
 * with the NLP module's {@code train} (for example from the inbox's corrections), named by
 * {@code gemba.nlp.*} settings. The files are read and checked when Gemba starts, so a wrong path
 * or a model of the wrong kind stops the start with its reason rather than failing every
 * analysis later. Immutable.
 */
public final class AnalysisModels {

    public static final String SENTIMENT_EN = "gemba.nlp.sentiment.model.en";
    public static final String SENTIMENT_DE = "gemba.nlp.sentiment.model.de";
    public static final String TOPICS = "gemba.nlp.topic.model";
    public static final String DEFAULT_LANGUAGE = "gemba.nlp.default.language";

    /** One model in use: what it does, its version, and where it came from (a file, or null when built in). */
    public record ModelInUse(String role, String version, String file) {}

    private final String defaultLanguage;
    private final Map<String, ClassifierModel> sentiment;
    private final Map<String, Path> sentimentFiles;
    private final ClassifierModel topics;
    private final Path topicsFile;

    private AnalysisModels(
            String defaultLanguage,
            Map<String, ClassifierModel> sentiment,
            Map<String, Path> sentimentFiles,
            ClassifierModel topics,
            Path topicsFile) {
        this.defaultLanguage = defaultLanguage;
        this.sentiment = Map.copyOf(sentiment);
        this.sentimentFiles = Map.copyOf(sentimentFiles);
        this.topics = topics;
        this.topicsFile = topicsFile;
    }

    /**
     * Reads the configured model files (blank or absent: the built-in model).
     *
     * @throws IllegalStateException naming the setting, the file and what is wrong with it
     */
    public static AnalysisModels load(
            Optional<String> sentimentEn,
            Optional<String> sentimentDe,
            Optional<String> topics,
            String defaultLanguage) {
        if (!"en".equals(defaultLanguage) && !"de".equals(defaultLanguage)) {
            throw new IllegalStateException(DEFAULT_LANGUAGE + " must be en or de, not " + defaultLanguage);
        }
        Map<String, ClassifierModel> sentiment = new LinkedHashMap<>();
        Map<String, Path> files = new LinkedHashMap<>();
        for (var setting : List.of(Map.entry("en", sentimentEn), Map.entry("de", sentimentDe))) {
            Optional<Path> file = path(setting.getValue());
            if (file.isPresent()) {
                String property = "en".equals(setting.getKey()) ? SENTIMENT_EN : SENTIMENT_DE;
                ClassifierModel model = read(property, file.get(), ClassifierModel.Kind.SENTIMENT);
                if (!setting.getKey().equals(model.language())) {
                    throw invalid(
                            property,
                            file.get(),
                            "it is a sentiment model for " + model.language() + ", not " + setting.getKey()
                                    + " (train it with --language " + setting.getKey() + ")");
                }
                sentiment.put(setting.getKey(), model);
                files.put(setting.getKey(), file.get());
            }
        }
        Optional<Path> topicsFile = path(topics);
        ClassifierModel topicModel = topicsFile
                .map(f -> read(TOPICS, f, ClassifierModel.Kind.TOPICS))
                .orElse(null);
        return new AnalysisModels(defaultLanguage, sentiment, files, topicModel, topicsFile.orElse(null));
    }

    /** Builds the analyser (loading the built-in models it still needs: seconds). */
    public OpenNlpFeedbackAnalyzer analyzer() {
        var builder = OpenNlpFeedbackAnalyzer.builder().defaultLanguage(defaultLanguage);
        sentiment.values().forEach(builder::sentimentModel);
        if (topics != null) {
            builder.topicModel(topics);
        }
        return builder.build();
    }

    /** The analyser's models, each with the file it came from when it is not built in. */
    public List<ModelInUse> describe(OpenNlpFeedbackAnalyzer analyzer) {
        List<ModelInUse> models = new ArrayList<>();
        analyzer.modelVersions().forEach((role, version) -> {
            Path file = role.startsWith("sentiment-")
                    ? sentimentFiles.get(role.substring("sentiment-".length()))
                    : topicsFile;
            models.add(new ModelInUse(role, version, file == null ? null : file.toString()));
        });
        return models;
    }

    /** The language of short or unrecognised texts. */
    public String defaultLanguage() {
        return defaultLanguage;
    }

    private static Optional<Path> path(Optional<String> setting) {
        return setting.map(String::strip).filter(s -> !s.isEmpty()).map(Path::of);
    }

    private static ClassifierModel read(String property, Path file, ClassifierModel.Kind kind) {
        if (!Files.isRegularFile(file)) {
            throw invalid(property, file, "there is no such file");
        }
        ClassifierModel model;
        try {
            model = ClassifierModel.load(file);
        } catch (IOException | RuntimeException e) {
            throw invalid(property, file, "it is not a model file the NLP module wrote (" + e.getMessage() + ")");
        }
        if (model.kind() != kind) {
            throw invalid(
                    property,
                    file,
                    "it is a " + model.kind().name().toLowerCase(Locale.ROOT) + " model, not a "
                            + kind.name().toLowerCase(Locale.ROOT) + " model");
        }
        return model;
    }

    private static IllegalStateException invalid(String property, Path file, String why) {
        return new IllegalStateException(property + " names " + file + ", but " + why);
    }
}
