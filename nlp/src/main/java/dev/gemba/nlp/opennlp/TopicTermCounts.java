package dev.gemba.nlp.opennlp;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Map;

import opennlp.tools.doccat.FeatureGenerator;

/**
 * The features of {@link TopicFeatures}, each as often as it occurs in the text (a ticket that
 * repeats its subject in the body names its words twice), for topic models that read texts as
 * sublinear TF-IDF vectors ({@link ModelTrainer#termCounts}). {@link ClassifierModel} counts the
 * repeats; a model of {@link TopicFeatures} sees every feature once, as before. Public with no
 * arguments for OpenNLP's loader. Immutable and thread-safe.
 */
public final class TopicTermCounts implements FeatureGenerator {

    private final TopicFeatures features = new TopicFeatures();

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        return features.extract(tokens, new ArrayList<>(tokens.length * 3 + 1));
    }
}
