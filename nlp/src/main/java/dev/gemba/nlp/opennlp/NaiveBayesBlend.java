package dev.gemba.nlp.opennlp;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * A custom model's second opinion and decision rule: the maxent probabilities are blended with a
 * naive Bayes model trained on the same texts and features (a weighted geometric mean,
 * {@code (1 − w) log p_maxent + w log p_nb}), then divided by the training label frequencies
 * raised to {@code alpha} and renormalised. Naive Bayes is better than maxent on rare words, which
 * short texts are full of, and its errors differ (Wang and Manning 2012, "Baselines and bigrams");
 * the prior correction moves decisions towards rarer labels, which is what macro-F1 rewards.
 * Stored in the model file: the naive Bayes model as an extra artifact, the weights and
 * frequencies in the manifest. Immutable and thread-safe.
 */
final class NaiveBayesBlend {

    static final String ARTIFACT = "naive-bayes.model";
    static final String WEIGHT = "gemba.nb.weight";
    static final String ALPHA = "gemba.prior.correction";
    static final String PRIOR = "gemba.prior.";

    private final MaxentModel naiveBayes;
    private final int[] naiveBayesIndex;
    private final double weight;
    private final double[] logPriorCorrection;

    private NaiveBayesBlend(
            MaxentModel maxent, MaxentModel naiveBayes, double weight, double alpha, Map<String, Double> priors) {
        this.naiveBayes = naiveBayes;
        this.weight = naiveBayes == null ? 0 : weight;
        int n = maxent.getNumOutcomes();
        this.naiveBayesIndex = new int[n];
        this.logPriorCorrection = new double[n];
        for (int k = 0; k < n; k++) {
            String label = maxent.getOutcome(k);
            naiveBayesIndex[k] = naiveBayes == null ? -1 : naiveBayes.getIndex(label);
            logPriorCorrection[k] = -alpha * Math.log(priors.getOrDefault(label, 1.0));
        }
    }

    /** The blend a model file describes, or {@code null} for a plain maxent model. */
    static NaiveBayesBlend of(DoccatModel model) {
        String weight = model.getManifestProperty(WEIGHT);
        if (weight == null) {
            return null;
        }
        MaxentModel maxent = model.getMaxentModel();
        Map<String, Double> priors = new HashMap<>();
        for (int k = 0; k < maxent.getNumOutcomes(); k++) {
            String p = model.getManifestProperty(PRIOR + maxent.getOutcome(k));
            priors.put(maxent.getOutcome(k), p == null ? 1.0 : Double.parseDouble(p));
        }
        return new NaiveBayesBlend(
                maxent,
                model.getArtifact(ARTIFACT),
                Double.parseDouble(weight),
                Double.parseDouble(model.getManifestProperty(ALPHA)),
                priors);
    }

    /** The manifest entries that describe a blend: weights and each label's share of the training events. */
    static Map<String, String> manifest(double weight, double alpha, Map<String, Double> shares) {
        Map<String, String> entries = new HashMap<>();
        entries.put(WEIGHT, Double.toString(weight));
        entries.put(ALPHA, Double.toString(alpha));
        shares.forEach((label, p) -> entries.put(PRIOR + label, String.format(Locale.ROOT, "%.6f", p)));
        return entries;
    }

    /** OpenNLP's naive Bayes over the same samples and features. */
    static MaxentModel train(String language, List<DocumentSample> samples, DoccatFactory factory, int cutoff)
            throws IOException {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, "NAIVEBAYES");
        parameters.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        parameters.put("PrintMessages", false);
        return DocumentCategorizerME.train(language, ObjectStreamUtils.createObjectStream(samples), parameters, factory)
                .getMaxentModel();
    }

    /** OpenNLP's naive Bayes over training events. */
    static MaxentModel train(List<opennlp.tools.ml.model.Event> events, int cutoff) throws IOException {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, "NAIVEBAYES");
        parameters.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        parameters.put("PrintMessages", false);
        return opennlp.tools.ml.TrainerFactory.getEventTrainer(parameters, new HashMap<>())
                .train(ObjectStreamUtils.createObjectStream(events));
    }

    /** A document categorizer model that also carries the naive Bayes model and the idf values (null: none). */
    static DoccatModel model(
            String language,
            MaxentModel maxent,
            MaxentModel naiveBayes,
            MaxentModel idf,
            Map<String, String> manifest,
            DoccatFactory factory) {
        return new DoccatModel(language, maxent, manifest, factory) {
            {
                if (naiveBayes != null) {
                    artifactMap.put(ARTIFACT, naiveBayes);
                }
                if (idf != null) {
                    artifactMap.put(ClassifierModel.IDF, idf);
                }
            }
        };
    }

    /** Blended, prior-corrected probabilities (in the maxent model's label order). */
    double[] apply(double[] maxentProbabilities, String[] features) {
        double[] nb = naiveBayes == null ? null : naiveBayes.eval(features);
        double[] logits = new double[maxentProbabilities.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < logits.length; k++) {
            double log = (1 - weight) * Math.log(Math.max(maxentProbabilities[k], Double.MIN_NORMAL));
            if (nb != null && naiveBayesIndex[k] >= 0) {
                log += weight * Math.log(Math.max(nb[naiveBayesIndex[k]], Double.MIN_NORMAL));
            }
            logits[k] = log + logPriorCorrection[k];
            max = Math.max(max, logits[k]);
        }
        double sum = 0;
        for (int k = 0; k < logits.length; k++) {
            logits[k] = Math.exp(logits[k] - max);
            sum += logits[k];
        }
        for (int k = 0; k < logits.length; k++) {
            logits[k] /= sum;
        }
        return logits;
    }
}
