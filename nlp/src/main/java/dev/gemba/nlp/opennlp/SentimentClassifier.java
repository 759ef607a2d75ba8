package dev.gemba.nlp.opennlp;

import dev.gemba.nlp.Sentiment;

/**
 * Sentence and document sentiment from a sentiment {@link ClassifierModel}: the most probable
 * label, a score P(positive) − P(negative) in [-1, 1], and the model's log-odds contribution of
 * each token (its unigram, half of each bigram it is part of) for the explanation. Immutable and
 * thread-safe.
 */
final class SentimentClassifier {

    /** A label with its score in [-1, 1] and the probability of the label. */
    record Prediction(Sentiment label, double score, double confidence) {}

    private final ClassifierModel model;
    private final SentimentFeatures features;
    private final int positive;
    private final int negative;
    private final Sentiment[] labels;

    SentimentClassifier(ClassifierModel model) {
        if (model.kind() != ClassifierModel.Kind.SENTIMENT) {
            throw new IllegalArgumentException("model " + model.version() + " is not a sentiment model");
        }
        this.model = model;
        this.features = SentimentFeatures.forLanguage(model.language());
        this.positive = model.index("positive");
        this.negative = model.index("negative");
        this.labels = model.labels().stream()
                .map(l -> Sentiment.valueOf(l.toUpperCase(java.util.Locale.ROOT)))
                .toArray(Sentiment[]::new);
    }

    ClassifierModel model() {
        return model;
    }

    Prediction predict(String[] tokens) {
        double[] p = model.evaluate(model.features(tokens));
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        double score = (positive < 0 ? 0 : p[positive]) - (negative < 0 ? 0 : p[negative]);
        return new Prediction(labels[best], Math.max(-1, Math.min(1, score)), p[best]);
    }

    /** Each token's contribution to log P(positive) − log P(negative); 0 for punctuation. */
    double[] tokenWeights(String[] tokens) {
        SentimentFeatures.Marked marked = features.mark(tokens);
        double[] weights = new double[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            weights[i] += logOdds(marked.unigram(i));
            String bigram = marked.bigram(i);
            if (bigram != null) {
                double w = logOdds(bigram) / 2;
                weights[i] += w;
                weights[i + 1] += w;
            }
        }
        return weights;
    }

    private double logOdds(String feature) {
        return feature == null ? 0 : model.weight(feature, positive) - model.weight(feature, negative);
    }
}
