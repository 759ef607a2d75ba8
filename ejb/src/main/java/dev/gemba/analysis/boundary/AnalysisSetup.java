package dev.gemba.analysis.boundary;

import java.util.List;

import dev.gemba.analysis.control.AnalysisModels;

/**
 * The analysis models in use: the version stored with every analysis, each model's full version
 * and, for a custom model, the file it was read from; the topics they assign; the language of
 * short or unrecognised texts.
 */
public record AnalysisSetup(String modelVersion, List<Model> models, List<String> topics, String defaultLanguage) {

    /** One model: {@code sentiment-en}, {@code topics-de}, …; a custom one names the file it was read from. */
    public record Model(String role, String version, boolean builtIn, String file) {

        static Model of(AnalysisModels.ModelInUse m) {
            return new Model(m.role(), m.version(), m.file() == null, m.file());
        }
    }
}
