package dev.gemba.feedback.control;

import jakarta.enterprise.context.ApplicationScoped;

import dev.gemba.nlp.Analysis;
import dev.gemba.nlp.FeedbackAnalyzer;
import dev.gemba.nlp.opennlp.OpenNlpFeedbackAnalyzer;

/**
 * The application's one analyser. Its models load once, on first use, and are shared by every
 * worker thread (the analyser is thread-safe).
 */
@ApplicationScoped
public class TextAnalysis {

    private volatile FeedbackAnalyzer analyzer;

    public Analysis analyze(String text) {
        return analyzer().analyze(text);
    }

    public java.util.List<String> topics() {
        return analyzer().topics();
    }

    public String modelVersion() {
        return analyzer().modelVersion();
    }

    private FeedbackAnalyzer analyzer() {
        FeedbackAnalyzer loaded = analyzer;
        if (loaded == null) {
            synchronized (this) {
                if (analyzer == null) {
                    analyzer = OpenNlpFeedbackAnalyzer.builtIn();
                }
                loaded = analyzer;
            }
        }
        return loaded;
    }
}
