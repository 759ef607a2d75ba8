package dev.gemba.nlp.opennlp;

import java.util.Collection;
import java.util.Locale;

import dev.gemba.nlp.Sentiment;

/**
 * Sentence and document sentiment from a sentiment {@link ClassifierModel}: the most probable
 * label, a score P(positive) − P(negative) in [-1, 1], and for the explanation each token's share
 * of the model's log-odds of positive against negative. Immutable and thread-safe.
 */
final class SentimentClassifier {

    /** A label with its score in [-1, 1] and the probability of the label. */
    record Prediction(Sentiment label, double score, double confidence) {}

    /** A sentence as read once: its marking, features and prediction. */
    record Reading(String[] tokens, SentimentFeatures.Marked marked, String[] features, Prediction prediction) {}

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
                .map(l -> Sentiment.valueOf(l.toUpperCase(Locale.ROOT)))
                .toArray(Sentiment[]::new);
    }

    ClassifierModel model() {
        return model;
    }

    Prediction predict(String[] tokens) {
        return classify(model.features(tokens));
    }

    private Prediction classify(String[] featureVector) {
        double[] p = model.evaluate(featureVector);
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        double score = (positive < 0 ? 0 : p[positive]) - (negative < 0 ? 0 : p[negative]);
        return new Prediction(labels[best], Math.max(-1, Math.min(1, score)), p[best]);
    }

    /** Reads and classifies a token sequence, keeping what the explanation needs. */
    Reading read(String[] tokens) {
        SentimentFeatures.Marked marked = features.mark(tokens);
        Collection<String> set = features.features(tokens, marked);
        String[] vector = set.toArray(String[]::new);
        return new Reading(tokens, marked, vector, classify(vector));
    }

    /**
     * Each token's share of the log-odds of positive against negative: its word features
     * (unigram, stem, compound head, half of each bigram), and the cue features it triggered
     * (its prior polarity class, negation, intensifier, sarcasm, its clause's polarity, and the
     * polarity counts and sum it agrees with), each split among the tokens that triggered it.
     * Cues no token triggers (the bias, punctuation, code) stay unattributed.
     */
    double[] contributions(Reading reading) {
        String[] tokens = reading.tokens();
        SentimentFeatures.Marked marked = reading.marked();
        double[] prior = marked.prior();
        int n = tokens.length;
        double[] out = new double[n];
        double sum = 0;
        for (double p : prior) {
            sum += p;
        }
        int lastClause = marked.clauses() - 1;
        for (String feature : reading.features()) {
            if (!SentimentFeatures.isCue(feature)) {
                continue; // word features below, by token
            }
            double w = logOdds(feature);
            if (w == 0) {
                continue;
            }
            String polarityClass = feature.startsWith("PRI_") ? feature.substring(4) : null;
            String kind = feature.length() > 4 ? feature.substring(0, 4) : feature;
            int count = 0;
            for (int pass = 0; pass < 2; pass++) {
                for (int i = 0; i < n; i++) {
                    double p = prior[i];
                    boolean triggered =
                            switch (kind) {
                                case "PRI_" -> p != 0 && polarityClass.equals(priorClass(p));
                                case "NEGA" -> p != 0 && marked.negated()[i];
                                case "INT_", "DIM_" -> p != 0 && i > 0 && modified(marked, i);
                                case "SARC" -> marked.sarcasm()[i];
                                case "FIRS" -> p != 0 && marked.clause()[i] == 0;
                                case "LAST" -> p != 0 && marked.clause()[i] == lastClause;
                                case "LEX_" -> p != 0 && agrees(feature, p, sum);
                                default -> false;
                            };
                    if (triggered) {
                        if (pass == 0) {
                            count++;
                        } else {
                            out[i] += w / count;
                        }
                    }
                }
                if (count == 0) {
                    break;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            out[i] += logOdds(marked.unigram(i));
            String stem = marked.stems()[i];
            if (stem != null && stem != marked.words()[i]) {
                out[i] += logOdds("s=" + (marked.negated()[i] ? "NOT_" : "") + stem);
            }
            if (stem != null && stem.length() >= SentimentFeatures.COMPOUND && "de".equals(features.language())) {
                out[i] += logOdds("k=" + (marked.negated()[i] ? "NOT_" : "")
                        + stem.substring(stem.length() - SentimentFeatures.HEAD));
            }
            String bigram = marked.bigram(i);
            if (bigram != null) {
                double w = logOdds(bigram) / 2;
                out[i] += w;
                out[i + 1] += w;
            }
        }
        return out;
    }

    private boolean modified(SentimentFeatures.Marked marked, int i) {
        String before = marked.words()[i - 1];
        return before != null && features.lexicon().modifier(before) != null;
    }

    /** Whether a polar token is one that a count or sum cue counted. */
    private static boolean agrees(String feature, double prior, double sum) {
        if (feature.startsWith("LEX_POS_")) {
            return prior > 0;
        }
        if (feature.startsWith("LEX_NEG_")) {
            return prior < 0;
        }
        return sum != 0 && Math.signum(prior) == Math.signum(sum); // LEX_PN_, LEX_SUM_
    }

    private static String priorClass(double p) {
        double a = Math.abs(p);
        return (p > 0 ? "POS" : "NEG") + (a >= 1.5 ? "_S" : a >= 0.75 ? "_M" : "_W");
    }

    private double logOdds(String feature) {
        return feature == null ? 0 : model.weight(feature, positive) - model.weight(feature, negative);
    }
}
