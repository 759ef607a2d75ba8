package dev.gemba.nlp.opennlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.gemba.nlp.evaluation.CrossValidation;
import dev.gemba.nlp.evaluation.Evaluation;
import dev.gemba.nlp.evaluation.LabelledText;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains sentiment or topic models (OpenNLP document categorizer, maxent) from labelled texts,
 * with Gemba's features, and cross-validates them. Texts are tokenised with the language's
 * OpenNLP tokenizer, as the analyser does. A topic text with several labels is one training
 * event per label, so the model's probabilities spread over a text's topics.
 *
 * <pre>{@code
 * var trainer = ModelTrainer.sentiment("en");
 * CrossValidation cv = trainer.crossValidate(texts, 5);
 * trainer.train(texts).save(Path.of("my-sentiment.bin"));
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class ModelTrainer {

    /** The sentiment labels a sentiment model may use. */
    public static final Set<String> SENTIMENT_LABELS = Set.of("negative", "neutral", "positive");

    /** Default naive Bayes weight of custom sentiment models, from the airline cross-validation. */
    static final double NAIVE_BAYES = 0.2;

    /**
     * Default L2 cost of custom topic models, which read texts as sublinear TF-IDF vectors
     * (feature values about 0.1, so a far smaller cost than for binary features) with balanced
     * label weights, chosen on the IT tickets' own 5-fold cross-validation: macro-F1 of the most
     * probable label 0.864 at 0.01, 0.866 at 0.03 and 0.1, 0.865 at 0.3, 0.857 at 1 (unbalanced
     * 0.860 at 0.003–0.03, 0.859 at 0.1; binary term frequencies, unbalanced, 0.842 at 0.01); of
     * 0.03 and 0.1, 0.03 gives the analyser's document topic sets (every label of probability at
     * least 0.2) fewer spurious topics: macro-F1 of the sets 0.852 against 0.847 (better in every
     * fold), texts with two or more topics 15.5 % against 18.2 % ({@code TopicSets}, bench).
     */
    static final double TOPICS_L2 = 0.03;

    /**
     * Default most iterations of custom topic models: on the IT tickets 60 give the macro-F1 of
     * 100 (0.866; 40: 0.866 too) in about three quarters of the time.
     */
    static final int TOPICS_ITERATIONS = 60;

    /** Default prior correction of custom sentiment models, from the airline cross-validation. */
    static final double PRIOR_CORRECTION = 0.4;

    /** Changes whenever the feature generators change, so model versions change with them. */
    private static final String FEATURES = "gemba-features-5";

    private static final Map<String, TokenizerModel> TOKENIZERS = new ConcurrentHashMap<>();

    private final ClassifierModel.Kind kind;
    private final String language;
    // the settings below are set only on a fresh copy inside with(): a trainer never changes
    private int iterations;
    private int cutoff;
    private double l2;
    /** Exponent of the label weights (most frequent count / label count): 0 none, 1 balanced. */
    private double balanced;

    private double naiveBayes;
    private double priorCorrection;
    private double cueCopies;
    private boolean normalised;
    private boolean termCounts;

    private ModelTrainer(
            ClassifierModel.Kind kind,
            String language,
            int iterations,
            int cutoff,
            double l2,
            double balanced,
            double naiveBayes,
            double priorCorrection,
            double cueCopies,
            boolean normalised,
            boolean termCounts) {
        if (!"en".equals(language) && !"de".equals(language)) {
            throw new IllegalArgumentException("language must be en or de, not " + language);
        }
        this.kind = kind;
        this.language = language;
        this.iterations = iterations;
        this.cutoff = cutoff;
        this.l2 = l2;
        this.balanced = balanced;
        this.naiveBayes = naiveBayes;
        this.priorCorrection = priorCorrection;
        this.cueCopies = cueCopies;
        this.normalised = normalised;
        this.termCounts = termCounts;
    }

    /**
     * A trainer of sentiment models (labels negative, neutral, positive or a subset): maxent with
     * L2 cost 1 (quasi-Newton), 100 iterations, every feature kept, blended with naive Bayes
     * (weight {@value #NAIVE_BAYES}) and prior-corrected (alpha {@value #PRIOR_CORRECTION}), see
     * {@link NaiveBayesBlend}.
     */
    public static ModelTrainer sentiment(String language) {
        return new ModelTrainer(
                ClassifierModel.Kind.SENTIMENT,
                language,
                100,
                1,
                1.0,
                0,
                NAIVE_BAYES,
                PRIOR_CORRECTION,
                0,
                false,
                false);
    }

    /**
     * A trainer of topic models (any labels; one or more per text): maxent alone over sublinear
     * TF-IDF vectors of the features ({@link #termCounts}), balanced label weights
     * ({@link #balanced}), L2 cost {@value #TOPICS_L2}, at most {@value #TOPICS_ITERATIONS} iterations.
     */
    public static ModelTrainer topics(String language) {
        return new ModelTrainer(
                ClassifierModel.Kind.TOPICS, language, TOPICS_ITERATIONS, 1, TOPICS_L2, 1, 0, 0, 0, true, true);
    }

    /** The same trainer with another number of training iterations. */
    public ModelTrainer iterations(int iterations) {
        return with(t -> t.iterations = iterations);
    }

    /** The same trainer ignoring features seen fewer than {@code cutoff} times. */
    public ModelTrainer cutoff(int cutoff) {
        return with(t -> t.cutoff = cutoff);
    }

    /**
     * The same trainer with L2-regularised maxent (OpenNLP's quasi-Newton trainer) of this cost;
     * 0 trains with GIS (generalised iterative scaling) and no regularisation.
     */
    public ModelTrainer l2(double cost) {
        return with(t -> t.l2 = cost);
    }

    /**
     * The same trainer repeating the texts of rarer labels until every label has about as many
     * training events as the most frequent one, which trades accuracy on the frequent label for
     * recall on the rare ones (and usually macro-F1). The default for topic models (IT tickets:
     * 0.866 against 0.860 unbalanced, each at its best L2); a weight does the same as the copies.
     */
    public ModelTrainer balanced(boolean balanced) {
        return balance(balanced ? 1 : 0);
    }

    /**
     * The same trainer weighting each label's texts by (count of the most frequent label / the
     * label's count) raised to {@code exponent}: 0 unweighted, 1 {@link #balanced balanced}
     * (rounded to whole copies, as before), 0.5 the square root of the inverse frequency.
     */
    public ModelTrainer balance(double exponent) {
        if (exponent < 0 || exponent > 1) {
            throw new IllegalArgumentException("balance exponent must be in [0, 1], not " + exponent);
        }
        return with(t -> t.balanced = exponent);
    }

    /**
     * The same trainer blending the maxent model with a naive Bayes model of the same features at
     * this weight (0: maxent alone; see {@link NaiveBayesBlend}).
     */
    public ModelTrainer naiveBayes(double weight) {
        if (weight < 0 || weight >= 1) {
            throw new IllegalArgumentException("naive Bayes weight must be in [0, 1), not " + weight);
        }
        return with(t -> t.naiveBayes = weight);
    }

    /**
     * The same trainer dividing predicted probabilities by the training label frequencies raised
     * to {@code alpha} (0: none, 1: as if all labels were equally frequent).
     */
    public ModelTrainer priorCorrection(double alpha) {
        if (alpha < 0 || alpha > 1) {
            throw new IllegalArgumentException("prior correction must be in [0, 1], not " + alpha);
        }
        return with(t -> t.priorCorrection = alpha);
    }

    /**
     * The same trainer adding, for every sentiment text, a copy with its cue features only
     * ({@link SentimentFeatures#isCue}: prior polarity, negation, contrast, sarcasm, emphasis) at
     * this weight (0: none). The model then learns what the cues alone say, so that a text whose
     * words the training texts lack is judged by them instead of by the label prior: the
     * built-in models' defence against text from other domains. Needs L2 training.
     */
    public ModelTrainer cueCopies(double weight) {
        if (weight < 0) {
            throw new IllegalArgumentException("cue copy weight must not be negative, not " + weight);
        }
        return with(t -> t.cueCopies = weight);
    }

    /**
     * The same trainer reading each text as an L2-normalised TF-IDF vector (binary term
     * frequency times the feature's inverse document frequency in the training texts, which the
     * model file keeps), so that frequent words weigh less and long texts are not judged more
     * confidently for their length;
     * the default for topic models (L2 training only; on the IT tickets 0.840 against 0.835 for
     * binary features, before {@link #termCounts}).
     */
    public ModelTrainer normalised(boolean normalised) {
        return with(t -> t.normalised = normalised);
    }

    /**
     * The same trainer counting how often each feature occurs in a text, as the sublinear term
     * frequency {@code 1 + ln(count)} of its TF-IDF value, at training and in the saved model
     * (whose feature generator, {@link TopicTermCounts}, repeats features); the default for topic
     * models. Only for topic models read as TF-IDF vectors ({@link #normalised}, L2 training);
     * elsewhere features stay binary.
     */
    public ModelTrainer termCounts(boolean termCounts) {
        return with(t -> t.termCounts = termCounts);
    }

    /** A copy of this trainer with one setting changed. */
    private ModelTrainer with(java.util.function.Consumer<ModelTrainer> change) {
        ModelTrainer copy = new ModelTrainer(
                kind,
                language,
                iterations,
                cutoff,
                l2,
                balanced,
                naiveBayes,
                priorCorrection,
                cueCopies,
                normalised,
                termCounts);
        change.accept(copy);
        return copy;
    }

    /** Whether features are counted: topic models read as TF-IDF vectors by L2 training. */
    private boolean counting() {
        return termCounts && normalised && l2 > 0 && kind == ClassifierModel.Kind.TOPICS;
    }

    /**
     * Trains a model on all texts; its version is {@code custom-<kind>-<digest of data and
     * settings>}, so the same data always gives the same version.
     *
     * @throws IllegalArgumentException when there are fewer than two labels, or a sentiment
     *     label is not negative, neutral or positive
     */
    public ClassifierModel train(List<LabelledText> texts) {
        return train(texts, "custom-" + kind.name().toLowerCase(Locale.ROOT) + "-" + digest(texts));
    }

    /** Trains a model on all texts with the given version string. */
    public ClassifierModel train(List<LabelledText> texts, String version) {
        if (l2 == 0) {
            return trainTokenised(tokenise(texts), version);
        }
        Indexed indexed = index(texts);
        return trainIndexed(indexed, allTexts(indexed), version);
    }

    /**
     * k-fold cross-validation: texts are shuffled with a fixed seed, each fold is predicted by a
     * model trained on the others. A topic prediction (the most probable label) counts as right
     * when it is any of the text's labels.
     */
    public CrossValidation crossValidate(List<LabelledText> texts, int folds) {
        return crossValidate(texts, folds, fold -> {});
    }

    /** {@link #crossValidate(List, int)}, telling {@code foldDone} the number (from 1) of each fold finished. */
    public CrossValidation crossValidate(List<LabelledText> texts, int folds, java.util.function.IntConsumer foldDone) {
        return crossValidate(texts, folds, foldDone, heldOut -> {});
    }

    /**
     * One held-out text of a cross-validation, as the model trained without its fold saw it.
     *
     * @param text its index in the texts given
     * @param gold its labels
     * @param labels the model's labels, in the order of {@code probabilities}
     * @param probabilities the model's probability of each label
     */
    public record HeldOut(int text, List<String> gold, List<String> labels, double[] probabilities) {}

    /**
     * {@link #crossValidate(List, int, java.util.function.IntConsumer)}, also giving
     * {@code eachHeldOut} every held-out text's probabilities (for scores other than the most
     * probable label's, e.g. the analyser's topic thresholds).
     */
    public CrossValidation crossValidate(
            List<LabelledText> texts,
            int folds,
            java.util.function.IntConsumer foldDone,
            java.util.function.Consumer<HeldOut> eachHeldOut) {
        if (folds < 2 || folds > texts.size()) {
            throw new IllegalArgumentException("need 2 to " + texts.size() + " folds, not " + folds);
        }
        List<Tokenised> tokenised = l2 == 0 ? tokenise(texts) : null;
        Indexed indexed = l2 == 0 ? null : index(texts);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(20_261_122L));
        List<String> gold = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        List<Double> foldScores = new ArrayList<>();
        for (int fold = 0; fold < folds; fold++) {
            List<Integer> training = new ArrayList<>();
            List<Integer> heldOut = new ArrayList<>();
            for (int i = 0; i < order.size(); i++) {
                (i % folds == fold ? heldOut : training).add(order.get(i));
            }
            ClassifierModel model = l2 == 0
                    ? trainTokenised(training.stream().map(tokenised::get).toList(), "cross-validation")
                    : trainIndexed(indexed, training, "cross-validation");
            List<String> foldGold = new ArrayList<>();
            List<String> foldPredicted = new ArrayList<>();
            for (int i : heldOut) {
                List<String> labels =
                        l2 == 0 ? tokenised.get(i).labels() : indexed.labels().get(i);
                double[] p =
                        l2 == 0 ? model.probabilities(tokenised.get(i).tokens()) : model.evaluate(indexed.names(i));
                String guess = model.labels().get(best(p));
                eachHeldOut.accept(new HeldOut(i, labels, model.labels(), p));
                foldPredicted.add(guess);
                foldGold.add(labels.contains(guess) ? guess : labels.get(0));
            }
            foldScores.add(Evaluation.of(foldGold, foldPredicted).macroF1());
            gold.addAll(foldGold);
            predicted.addAll(foldPredicted);
            foldDone.accept(fold + 1);
        }
        return new CrossValidation(folds, Evaluation.of(gold, predicted), foldScores);
    }

    /** Index of the largest probability, the first of equals (as OpenNLP's best outcome). */
    private static int best(double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }

    private record Tokenised(String[] tokens, List<String> labels) {}

    /** Texts as feature ids of one index (tokens are not kept: 38,000 tickets fit in little memory). */
    private record Indexed(SparseMaxent index, List<int[]> features, List<int[]> counts, List<List<String>> labels) {

        /** The text's feature names, each as often as it occurs (once when not counted). */
        String[] names(int text) {
            int[] ids = features.get(text);
            int[] times = counts == null ? null : counts.get(text);
            List<String> names = new ArrayList<>(ids.length);
            for (int i = 0; i < ids.length; i++) {
                for (int c = times == null ? 1 : times[i]; c > 0; c--) {
                    names.add(index.name(ids[i]));
                }
            }
            return names.toArray(String[]::new);
        }
    }

    private static List<Integer> allTexts(Indexed indexed) {
        List<Integer> all = new ArrayList<>(indexed.features().size());
        for (int i = 0; i < indexed.features().size(); i++) {
            all.add(i);
        }
        return all;
    }

    private Indexed index(List<LabelledText> texts) {
        Tokenizer tokenizer = tokenizer(language);
        FeatureGenerator generator = features();
        List<List<String>> labels = new ArrayList<>(texts.size());
        for (LabelledText text : texts) {
            labels.add(labels(text));
        }
        SparseMaxent index = new SparseMaxent(
                labels.stream().flatMap(List::stream).distinct().sorted().toList());
        List<int[]> features = new ArrayList<>(texts.size());
        List<int[]> counts = counting() ? new ArrayList<>(texts.size()) : null;
        for (LabelledText text : texts) {
            var counted = index.counted(generator.extractFeatures(tokenizer.tokenize(text.text()), Map.of()));
            features.add(counted.ids());
            if (counts != null) {
                counts.add(counted.counts());
            }
        }
        return new Indexed(index, features, counts, labels);
    }

    private List<String> labels(LabelledText text) {
        List<String> labels = text.labels().stream()
                .map(l -> kind == ClassifierModel.Kind.SENTIMENT ? l.toLowerCase(Locale.ROOT) : l)
                .distinct()
                .toList();
        if (kind == ClassifierModel.Kind.SENTIMENT) {
            if (labels.size() != 1 || !SENTIMENT_LABELS.contains(labels.get(0))) {
                throw new IllegalArgumentException(
                        "a sentiment text needs one label of " + SENTIMENT_LABELS + ", not " + text.labels());
            }
        }
        return labels;
    }

    private List<Tokenised> tokenise(List<LabelledText> texts) {
        Tokenizer tokenizer = tokenizer(language);
        List<Tokenised> result = new ArrayList<>(texts.size());
        for (LabelledText text : texts) {
            result.add(new Tokenised(tokenizer.tokenize(text.text()), labels(text)));
        }
        return result;
    }

    /** Gemba's own L2 maxent trainer ({@link SparseMaxent}) on the chosen texts of an index. */
    private ClassifierModel trainIndexed(Indexed indexed, List<Integer> chosen, String version) {
        List<int[]> features = new ArrayList<>();
        List<float[]> frequencies = indexed.counts() == null ? null : new ArrayList<>();
        List<String> outcomes = new ArrayList<>();
        for (int i : chosen) {
            float[] tf = frequencies == null
                    ? null
                    : SparseMaxent.sublinear(indexed.counts().get(i));
            for (String label : indexed.labels().get(i)) {
                features.add(indexed.features().get(i));
                if (frequencies != null) {
                    frequencies.add(tf);
                }
                outcomes.add(label);
            }
        }
        if (outcomes.stream().distinct().count() < 2) {
            throw new IllegalArgumentException("training needs at least two different labels");
        }
        Map<String, Long> counts = new HashMap<>();
        outcomes.forEach(o -> counts.merge(o, 1L, Long::sum));
        long most = Collections.max(counts.values());
        SparseMaxent index = indexed.index();
        int[] outcomeIds = new int[outcomes.size()];
        float[] weights = new float[outcomes.size()];
        Map<String, Double> shares = new HashMap<>();
        double total = 0;
        for (int e = 0; e < outcomeIds.length; e++) {
            outcomeIds[e] = index.label(outcomes.get(e));
            // balancing repeats a rare label's texts; a weight does the same without copies
            weights[e] = weight(most, counts.get(outcomes.get(e)));
            shares.merge(outcomes.get(e), (double) weights[e], Double::sum);
            total += weights[e];
        }
        var events = new SparseMaxent.Events(
                features.toArray(int[][]::new),
                outcomeIds,
                weights,
                frequencies == null ? null : frequencies.toArray(float[][]::new));
        if (cueCopies > 0 && kind == ClassifierModel.Kind.SENTIMENT) {
            events = withCueCopies(index, events);
        }
        double[] idf = normalised ? index.inverseDocumentFrequencies(texts(indexed, chosen)) : null;
        MaxentModel maxent = index.weighting(idf).train(events, l2, iterations, cutoff);
        Map<String, String> manifest = new HashMap<>();
        manifest.put(ClassifierModel.KIND, kind.name());
        manifest.put(ClassifierModel.VERSION, version);

        if (naiveBayes > 0 || priorCorrection > 0) {
            double sum = total;
            shares.replaceAll((label, weight) -> weight / sum);
            manifest.putAll(NaiveBayesBlend.manifest(naiveBayes, priorCorrection, shares));
        }
        MaxentModel naiveBayesModel = naiveBayes > 0 ? naiveBayes(index, events) : null;
        DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] {features()});
        MaxentModel idfModel = idf == null ? null : index.idfModel(idf, texts(indexed, chosen));
        return new ClassifierModel(
                NaiveBayesBlend.model(language, maxent, naiveBayesModel, idfModel, manifest, factory));
    }

    /** OpenNLP's naive Bayes over the same events (its trainer, so its model reads as it expects). */
    private MaxentModel naiveBayes(SparseMaxent index, SparseMaxent.Events events) {
        List<opennlp.tools.ml.model.Event> list = new ArrayList<>();
        for (int e = 0; e < events.outcomes().length; e++) {
            int[] ids = events.features()[e];
            String[] context = new String[ids.length];
            for (int i = 0; i < ids.length; i++) {
                context[i] = index.name(ids[i]);
            }
            for (int copy = 0; copy < Math.round(events.weights()[e]); copy++) {
                list.add(new opennlp.tools.ml.model.Event(index.labelName(events.outcomes()[e]), context));
            }
        }
        try {
            return NaiveBayesBlend.train(list, cutoff);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static List<int[]> texts(Indexed indexed, List<Integer> chosen) {
        return chosen.stream().map(indexed.features()::get).toList();
    }

    private SparseMaxent.Events withCueCopies(SparseMaxent index, SparseMaxent.Events events) {
        int n = events.outcomes().length;
        int[][] features = Arrays.copyOf(events.features(), 2 * n);
        int[] outcomes = Arrays.copyOf(events.outcomes(), 2 * n);
        float[] weights = Arrays.copyOf(events.weights(), 2 * n);
        for (int e = 0; e < n; e++) {
            features[n + e] = Arrays.stream(events.features()[e])
                    .filter(f -> SentimentFeatures.isCue(index.name(f)))
                    .toArray();
            outcomes[n + e] = events.outcomes()[e];
            weights[n + e] = (float) (cueCopies * events.weights()[e]);
        }
        return new SparseMaxent.Events(features, outcomes, weights);
    }

    /** OpenNLP's GIS trainer (without regularisation), kept for {@code l2 == 0}. */
    private ClassifierModel trainTokenised(List<Tokenised> texts, String version) {
        List<DocumentSample> samples = new ArrayList<>();
        for (Tokenised t : texts) {
            for (String label : t.labels()) {
                samples.add(new DocumentSample(label, t.tokens()));
            }
        }
        if (samples.stream().map(DocumentSample::getCategory).distinct().count() < 2) {
            throw new IllegalArgumentException("training needs at least two different labels");
        }
        if (balanced > 0) {
            samples = balance(samples);
        }
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        parameters.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        parameters.put("PrintMessages", false);
        DoccatFactory factory = new DoccatFactory(new FeatureGenerator[] {features()});
        try {
            DoccatModel trained = DocumentCategorizerME.train(
                    language, ObjectStreamUtils.createObjectStream(samples), parameters, factory);
            Map<String, String> manifest = new HashMap<>();
            manifest.put(ClassifierModel.KIND, kind.name());
            manifest.put(ClassifierModel.VERSION, version);
            MaxentModel naiveBayesModel = null;
            if (naiveBayes > 0 || priorCorrection > 0) {
                Map<String, Double> shares = new HashMap<>();
                for (DocumentSample x : samples) {
                    shares.merge(x.getCategory(), 1.0 / samples.size(), Double::sum);
                }
                manifest.putAll(NaiveBayesBlend.manifest(naiveBayes, priorCorrection, shares));
            }
            if (naiveBayes > 0) {
                naiveBayesModel = NaiveBayesBlend.train(language, samples, factory, cutoff);
            }
            return new ClassifierModel(NaiveBayesBlend.model(
                    language, trained.getMaxentModel(), naiveBayesModel, null, manifest, factory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The weight of a text of a label with {@code count} events, the most frequent having {@code most}. */
    private float weight(long most, long count) {
        if (balanced == 0) {
            return 1;
        }
        if (balanced == 1) {
            return Math.max(1, Math.round((double) most / count));
        }
        return (float) Math.pow((double) most / count, balanced);
    }

    private List<DocumentSample> balance(List<DocumentSample> samples) {
        Map<String, Long> counts = samples.stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        DocumentSample::getCategory, java.util.stream.Collectors.counting()));
        long most = Collections.max(counts.values());
        List<DocumentSample> balanced = new ArrayList<>();
        for (DocumentSample sample : samples) {
            long copies = Math.max(1, Math.round(weight(most, counts.get(sample.getCategory()))));
            for (long c = 0; c < copies; c++) {
                balanced.add(sample);
            }
        }
        return balanced;
    }

    private FeatureGenerator features() {
        if (kind == ClassifierModel.Kind.SENTIMENT) {
            return SentimentFeatures.forLanguage(language);
        }
        return counting() ? new TopicTermCounts() : new TopicFeatures();
    }

    /** A short digest of the texts, labels and settings: equal data, equal digest. */
    String digest(List<LabelledText> texts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((FEATURES + "|" + kind + "|" + language + "|" + iterations + "|" + cutoff + "|" + l2 + "|"
                            // "true" and "false" as when it was a switch, so versions stay
                            + (balanced == 0 ? "false" : balanced == 1 ? "true" : "balance " + balanced)
                            // only when set, so models trained without them keep their versions
                            + (naiveBayes > 0 || priorCorrection > 0 ? "|" + naiveBayes + "|" + priorCorrection : "")
                            + (cueCopies > 0 ? "|cues " + cueCopies : "")
                            + (normalised && l2 > 0 ? "|normalised" : "")
                            + (counting() ? "|sublinear" : ""))
                    .getBytes(StandardCharsets.UTF_8));
            // the features read the lexicon and taxonomy: a change to them is a new model
            String resource = kind == ClassifierModel.Kind.SENTIMENT
                    ? "dev/gemba/nlp/lexicon-" + language + ".tsv"
                    : "dev/gemba/nlp/topics.tsv";
            try (InputStream in = Resources.open(resource)) {
                sha.update(in.readAllBytes());
            }
            for (LabelledText t : texts) {
                sha.update(t.text().getBytes(StandardCharsets.UTF_8));
                sha.update(String.join("\u0000", t.labels()).getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A tokenizer for a built-in language ("en" or "de"), as the trainer and analyser use; not thread-safe. */
    public static Tokenizer tokenizer(String language) {
        return new ChunkTokenizer(tokenizerModel("de".equals(language) ? "de" : "en"));
    }

    /** The language's OpenNLP tokenizer model, loaded once. */
    static TokenizerModel tokenizerModel(String language) {
        return TOKENIZERS.computeIfAbsent(language, l -> {
            String corpus = "de".equals(l) ? "gsd" : "ewt";
            try (InputStream in = Resources.open("opennlp-" + l + "-ud-" + corpus + "-tokens-1.3-2.5.4.bin")) {
                return new TokenizerModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
