package dev.gemba.nlp;

/**
 * Analyses customer feedback. Implementations are thread-safe: one instance serves every thread.
 */
public interface FeedbackAnalyzer {

    /** Longest text accepted, in characters. */
    int MAX_LENGTH = 100_000;

    /**
     * Analyses a text.
     *
     * @param text the text, at most {@link #MAX_LENGTH} characters
     * @return the analysis; an empty or blank text gives a neutral analysis with no sentences
     * @throws IllegalArgumentException when the text is null or longer than {@link #MAX_LENGTH}
     */
    Analysis analyze(String text);

    /** The topic ids this analyser can assign, in taxonomy order. */
    java.util.List<String> topics();

    /** Identifies the models and lexicons in use, in at most 60 characters; stored with every analysis. */
    String modelVersion();
}
