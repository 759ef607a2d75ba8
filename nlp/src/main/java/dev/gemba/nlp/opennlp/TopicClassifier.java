package dev.gemba.nlp.opennlp;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Topics from a topic {@link ClassifierModel}, combined with the keyword taxonomy when the model
 * is the default taxonomy's: a text has a topic when the model gives it at least
 * {@link #DOCUMENT_THRESHOLD} or one of its keywords occurs; a sentence mentions a topic when
 * the model gives the sentence at least {@link #SENTENCE_THRESHOLD} or a keyword occurs in it.
 * Immutable and thread-safe.
 */
final class TopicClassifier {

    static final double DOCUMENT_THRESHOLD = 0.2;
    static final double SENTENCE_THRESHOLD = 0.4;

    private final ClassifierModel model;
    private final TopicTaxonomy taxonomy;

    /** @param taxonomy the keyword taxonomy to combine with, or {@code null} for a custom model */
    TopicClassifier(ClassifierModel model, TopicTaxonomy taxonomy) {
        if (model.kind() != ClassifierModel.Kind.TOPICS) {
            throw new IllegalArgumentException("model " + model.version() + " is not a topic model");
        }
        this.model = model;
        this.taxonomy = taxonomy;
    }

    ClassifierModel model() {
        return model;
    }

    List<String> topics() {
        return taxonomy == null ? model.labels() : taxonomy.topics();
    }

    /** Keyword hits per topic among the tokens (empty without a taxonomy). */
    Map<String, Integer> keywordHits(String[] tokens) {
        Map<String, Integer> hits = new LinkedHashMap<>();
        if (taxonomy != null) {
            for (String token : tokens) {
                for (String topic : taxonomy.topicsOf(token.toLowerCase(Locale.ROOT))) {
                    hits.merge(topic, 1, Integer::sum);
                }
            }
        }
        return hits;
    }

    /** The model's probability of each label (in {@code model().labels()} order); all 0 for no tokens. */
    double[] probabilities(String[] tokens) {
        return tokens.length == 0 ? new double[model.labels().size()] : model.probabilities(tokens);
    }

    /** The topics one sentence mentions, from its {@link #probabilities} and keyword hits. */
    Set<String> sentenceTopics(double[] p, Map<String, Integer> keywordHits) {
        Set<String> topics = new LinkedHashSet<>(keywordHits.keySet());
        for (int i = 0; i < p.length; i++) {
            if (p[i] >= SENTENCE_THRESHOLD) {
                topics.add(model.labels().get(i));
            }
        }
        return topics;
    }

    /**
     * The topics of a whole text, from its {@link #probabilities} and keyword hits, with their
     * confidence: the model's probability, raised by
     * keyword hits ({@code 1 − (1 − p)(1 − k/2)} with {@code k = 1 − e^(−0.9 hits)}).
     */
    Map<String, Double> documentTopics(double[] p, Map<String, Integer> keywordHits) {
        Map<String, Double> topics = new LinkedHashMap<>();
        List<String> labels = model.labels();
        for (int i = 0; i < p.length; i++) {
            int hits = keywordHits.getOrDefault(labels.get(i), 0);
            if (p[i] >= DOCUMENT_THRESHOLD || hits > 0) {
                double keyword = 1 - Math.exp(-0.9 * hits);
                topics.put(labels.get(i), 1 - (1 - p[i]) * (1 - keyword / 2));
            }
        }
        return topics;
    }
}
