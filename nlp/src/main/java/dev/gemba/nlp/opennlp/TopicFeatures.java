package dev.gemba.nlp.opennlp;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;

import opennlp.tools.doccat.FeatureGenerator;

/**
 * Features of Gemba's topic models, for OpenNLP's document categorizer: normalised token
 * unigrams and bigrams, the first six letters of long words (German compounds and inflections
 * share them) and the default taxonomy's keyword hits ({@code KW=network-connectivity}).
 * Public with no arguments for OpenNLP's loader. Immutable and thread-safe.
 */
public final class TopicFeatures implements FeatureGenerator {

    private static final int PREFIX = 6;

    private final TopicTaxonomy taxonomy = TopicTaxonomy.defaults();

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        return extract(tokens, new LinkedHashSet<>(tokens.length * 3 + 1));
    }

    /** Adds the features of the tokens to {@code features} (a set: each once; a list: every occurrence). */
    Collection<String> extract(String[] tokens, Collection<String> features) {
        features.add("BIAS");
        String previous = null;
        for (String token : tokens) {
            String word = TokenText.normalise(token);
            if (word == null) {
                previous = null;
                continue;
            }
            features.add("w=" + word);
            if (previous != null) {
                features.add("b=" + previous + "_" + word);
            }
            if (word.length() > PREFIX + 2) {
                features.add("p=" + word.substring(0, PREFIX));
            }
            for (String topic : taxonomy.topicsOf(word)) {
                features.add("KW=" + topic);
            }
            previous = word;
        }
        return features;
    }
}
