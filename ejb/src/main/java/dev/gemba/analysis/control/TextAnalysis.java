package dev.gemba.analysis.control;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import dev.gemba.analysis.boundary.AnalysisResult;
import dev.gemba.nlp.opennlp.OpenNlpFeedbackAnalyzer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's one analyser: the built-in models, or the model files an administrator
 * configured ({@link AnalysisModels}). The files are checked at start-up; the models load once,
 * on first use, and are shared by every worker thread (the analyser is thread-safe).
 */
@ApplicationScoped
public class TextAnalysis {

    @Inject
    @ConfigProperty(name = AnalysisModels.SENTIMENT_EN)
    Optional<String> sentimentEn;

    @Inject
    @ConfigProperty(name = AnalysisModels.SENTIMENT_DE)
    Optional<String> sentimentDe;

    @Inject
    @ConfigProperty(name = AnalysisModels.TOPICS)
    Optional<String> topicModel;

    @Inject
    @ConfigProperty(name = AnalysisModels.DEFAULT_LANGUAGE, defaultValue = "en")
    String defaultLanguage;

    private volatile AnalysisModels models;
    private volatile OpenNlpFeedbackAnalyzer analyzer;

    /** A wrong model setting stops the deployment here, with its reason in the server log. */
    void checkConfiguredModels(@Observes @Initialized(ApplicationScoped.class) Object started) {
        models();
    }

    /** Analyses one text (thread-safe). */
    public AnalysisResult analyse(String text) {
        return Readings.of(analyzer().analyze(text));
    }

    public List<String> topics() {
        return analyzer().topics();
    }

    public String modelVersion() {
        return analyzer().modelVersion();
    }

    /** The models in use, with their full versions and the files of custom ones. */
    public List<AnalysisModels.ModelInUse> modelsInUse() {
        return models().describe(analyzer());
    }

    /** The language of short or unrecognised texts. */
    public String defaultLanguage() {
        return models().defaultLanguage();
    }

    private AnalysisModels models() {
        AnalysisModels loaded = models;
        if (loaded == null) {
            synchronized (this) {
                if (models == null) {
                    models = AnalysisModels.load(sentimentEn, sentimentDe, topicModel, defaultLanguage.strip());
                }
                loaded = models;
            }
        }
        return loaded;
    }

    private OpenNlpFeedbackAnalyzer analyzer() {
        OpenNlpFeedbackAnalyzer loaded = analyzer;
        if (loaded == null) {
            AnalysisModels configured = models();
            synchronized (this) {
                if (analyzer == null) {
                    analyzer = configured.analyzer();
                }
                loaded = analyzer;
            }
        }
        return loaded;
    }
}
