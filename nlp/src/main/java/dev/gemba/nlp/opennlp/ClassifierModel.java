package dev.gemba.nlp.opennlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A trained sentiment or topic model: an OpenNLP document categorizer model (maxent) whose
 * manifest also records the model's kind and version, so a saved file says what it is. Built-in
 * models ship in the jar; {@link ModelTrainer} makes custom ones (custom sentiment models also
 * carry a naive Bayes model to blend with, see {@link NaiveBayesBlend}). Immutable and thread-safe: it
 * evaluates the maxent model directly, which allocates per call and keeps no state.
 */
public final class ClassifierModel {

    /** What a model predicts. */
    public enum Kind {
        /** negative, neutral, positive (or a subset) */
        SENTIMENT,
        /** one or more topic labels per text */
        TOPICS
    }

    static final String KIND = "gemba.kind";
    static final String VERSION = "gemba.version";
    /** Artifact of a TF-IDF model: each feature's inverse document frequency (a one-label GIS model). */
    static final String IDF = "idf.model";

    private static final String BUILT_IN = "dev/gemba/nlp/models/";

    private final DoccatModel model;
    private final Kind kind;
    private final String version;
    private final MaxentModel maxent;
    private final Map<String, Context> weights;
    private final opennlp.tools.doccat.FeatureGenerator features;
    private final NaiveBayesBlend blend;
    /** Inverse document frequency of each feature of a TF-IDF model; null for binary features. */
    private final Map<String, Context> idf;

    @SuppressWarnings("unchecked")
    ClassifierModel(DoccatModel model) {
        this.model = model;
        String kindName = model.getManifestProperty(KIND);
        this.kind = kindName == null ? Kind.TOPICS : Kind.valueOf(kindName);
        String v = model.getManifestProperty(VERSION);
        this.version = v == null ? "unversioned" : v;
        this.maxent = model.getMaxentModel();
        Object[] data = maxent instanceof opennlp.tools.ml.model.AbstractModel m ? m.getDataStructures() : null;
        this.weights = data == null ? Map.of() : (Map<String, Context>) data[1];
        this.blend = NaiveBayesBlend.of(model);
        Object idfModel = model.getArtifact(IDF);
        this.idf = idfModel instanceof opennlp.tools.ml.model.AbstractModel m
                ? (Map<String, Context>) m.getDataStructures()[1]
                : null;
        var generators = model.getFactory().getFeatureGenerators();
        this.features = generators.length == 1
                ? generators[0]
                : (tokens, extra) -> {
                    List<String> all = new ArrayList<>();
                    for (var g : generators) {
                        all.addAll(g.extractFeatures(tokens, extra));
                    }
                    return all;
                };
    }

    /**
     * Loads a model file written by {@link #save} (or by the command line's {@code train}).
     *
     * @throws IOException when the file cannot be read or is not a Gemba model
     */
    public static ClassifierModel load(Path file) throws IOException {
        return new ClassifierModel(new DoccatModel(file));
    }

    /** Loads a model from a stream, which stays open. */
    public static ClassifierModel load(InputStream in) throws IOException {
        return new ClassifierModel(new DoccatModel(in));
    }

    /** A model built into the jar at build time from the project's corpus. */
    static ClassifierModel builtIn(Kind kind, String language) {
        String name = BUILT_IN + kind.name().toLowerCase() + "-" + language + ".bin";
        if (Resources.class.getResource("/" + name) == null) {
            throw new IllegalStateException("built-in model " + name + " is missing: it is trained from "
                    + "src/main/corpus in the build's process-classes phase (./mvnw -pl nlp process-classes)");
        }
        try (InputStream in = Resources.open(name)) {
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in model " + name, e);
        }
    }

    /** Writes the model (a zip OpenNLP can read, with Gemba's kind and version in its manifest). */
    public void save(Path file) throws IOException {
        model.serialize(file);
    }

    public Kind kind() {
        return kind;
    }

    /** e.g. {@code custom-sentiment-3f2a9c1b7d04} or {@code builtin-sentiment-en-…}. */
    public String version() {
        return version;
    }

    /** ISO 639-1 code of the language it was trained for. */
    public String language() {
        return model.getLanguage();
    }

    /** The labels it can predict, in the order of {@link #probabilities}. */
    public List<String> labels() {
        String[] labels = new String[maxent.getNumOutcomes()];
        Arrays.setAll(labels, maxent::getOutcome);
        return List.of(labels);
    }

    /** The features of a token sequence, as the model sees them. */
    String[] features(String[] tokens) {
        return features.extractFeatures(tokens, Map.of()).toArray(String[]::new);
    }

    /**
     * The probability of each label (in {@link #labels()} order) for a feature vector of
     * {@link #features}; a feature repeated in it counts as often as it occurs (TF-IDF models only).
     */
    double[] evaluate(String[] features) {
        double[] p;
        if (idf != null) {
            Map<String, Integer> counts = new LinkedHashMap<>(features.length * 2);
            for (String feature : features) {
                counts.merge(feature, 1, Integer::sum);
            }
            String[] distinct = counts.size() == features.length
                    ? features
                    : counts.keySet().toArray(String[]::new);
            p = maxent.eval(distinct, tfidf(distinct, counts));
        } else {
            p = maxent.eval(features);
        }
        return blend == null ? p : blend.apply(p, features);
    }

    /**
     * An L2-normalised TF-IDF vector of distinct features: {@code (1 + ln count) * idf}, so a
     * feature seen once counts its idf (all of them, for a model whose features never repeat);
     * features the training texts lacked count 0.
     */
    private float[] tfidf(String[] features, Map<String, Integer> counts) {
        float[] values = new float[features.length];
        double sum = 0;
        for (int i = 0; i < features.length; i++) {
            Context c = idf.get(features[i]);
            int count = counts.get(features[i]);
            float tf = count == 1 ? 1 : (float) (1 + Math.log(count));
            values[i] = c == null ? 0 : tf * (float) c.getParameters()[0];
            sum += values[i] * values[i];
        }
        float scale = sum == 0 ? 0 : (float) (1 / Math.sqrt(sum));
        for (int i = 0; i < values.length; i++) {
            values[i] *= scale;
        }
        return values;
    }

    /** The probability of each label for a token sequence. */
    public double[] probabilities(String... tokens) {
        return evaluate(features(tokens));
    }

    /** The most probable label for a token sequence. */
    public String predict(String... tokens) {
        return maxent.getBestOutcome(probabilities(tokens));
    }

    /** The most probable label for a feature vector of {@link #features}. */
    String best(String[] features) {
        return maxent.getBestOutcome(evaluate(features));
    }

    /** Index of a label, or -1. */
    int index(String label) {
        return maxent.getIndex(label);
    }

    /** The weight a feature gives a label (0 when the model does not know the feature). */
    double weight(String feature, int label) {
        Context context = weights.get(feature);
        if (context == null || label < 0) {
            return 0;
        }
        int[] outcomes = context.getOutcomes();
        for (int k = 0; k < outcomes.length; k++) {
            if (outcomes[k] == label) {
                return context.getParameters()[k];
            }
        }
        return 0;
    }
}
