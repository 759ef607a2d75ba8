package dev.gemba.nlp.opennlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Gemba's trainer of maxent (multinomial logistic regression) models: L2-regularised, fitted by
 * limited-memory BFGS over features held as integer ids, with one weight per feature and label
 * seen together in training (the parameterisation of OpenNLP's GIS models, which the result
 * is). It replaces OpenNLP's quasi-Newton trainer for custom and built-in models, which kept every
 * event's feature strings and a dense weight matrix and so needed 1.6 GB and 220 s for the
 * 38,000 IT tickets; here a text is an {@code int[]} and the optimiser's history is six vectors
 * of the seen pairs.
 *
 * <p>Not thread-safe: one instance gathers the events of one training set.
 */
final class SparseMaxent {

    /** Pairs of BFGS correction vectors kept: the usual 5–10; six keeps memory low. */
    private static final int HISTORY = 6;
    /** Most parts the gradient is computed in, in parallel. */
    private static final int PARTS = 4;

    /** Relative change of the objective below which the optimiser stops. */
    private static final double TOLERANCE = 1e-6;

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final List<String> labels;
    private final Map<String, Integer> labelIds = new HashMap<>();

    /** @param labels every label, in the order the model will use */
    SparseMaxent(List<String> labels) {
        this.labels = List.copyOf(labels);
        for (int k = 0; k < labels.size(); k++) {
            labelIds.put(labels.get(k), k);
        }
    }

    /** The id of every feature, adding new ones; duplicates within a text are removed. */
    int[] index(Iterable<String> features) {
        return counted(features).ids();
    }

    /**
     * A text's distinct feature ids (ascending) and how often each occurs in it.
     *
     * @param ids distinct feature ids, ascending
     * @param counts occurrences of each, in the order of {@code ids}
     */
    record Counted(int[] ids, int[] counts) {}

    /** The ids of a text's features, adding new ones, with each feature's number of occurrences. */
    Counted counted(Iterable<String> features) {
        int[] result = new int[16];
        int n = 0;
        for (String feature : features) {
            Integer id = ids.get(feature);
            if (id == null) {
                id = names.size();
                ids.put(feature, id);
                names.add(feature);
            }
            if (n == result.length) {
                result = Arrays.copyOf(result, n * 2);
            }
            result[n++] = id;
        }
        int[] sorted = Arrays.copyOf(result, n);
        Arrays.sort(sorted);
        int[] counts = new int[n];
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
            counts[distinct - 1]++;
        }
        return distinct == n
                ? new Counted(sorted, counts)
                : new Counted(Arrays.copyOf(sorted, distinct), Arrays.copyOf(counts, distinct));
    }

    /** The sublinear term frequency {@code 1 + ln(count)} of each count (1 for a feature seen once). */
    static float[] sublinear(int[] counts) {
        float[] tf = new float[counts.length];
        for (int i = 0; i < counts.length; i++) {
            tf[i] = (float) (1 + Math.log(counts[i]));
        }
        return tf;
    }

    /** The name of a label id. */
    String labelName(int id) {
        return labels.get(id);
    }

    /** The name of a feature id. */
    String name(int id) {
        return names.get(id);
    }

    /** The id of a label. */
    int label(String label) {
        Integer id = labelIds.get(label);
        if (id == null) {
            throw new IllegalArgumentException("unknown label " + label);
        }
        return id;
    }

    /**
     * Training events: each an indexed text, its label and a weight.
     *
     * @param features feature ids of each event, from {@link #index}
     * @param outcomes label id of each event
     * @param weights weight of each event (1 for a plain event)
     * @param frequencies term frequency of each feature of each event, in the order of its ids
     *     ({@link #sublinear}); {@code null}: every feature occurs once
     */
    record Events(int[][] features, int[] outcomes, float[] weights, float[][] frequencies) {

        Events(int[][] features, int[] outcomes, float[] weights) {
            this(features, outcomes, weights, null);
        }

        /** The term frequency of the {@code i}-th feature of event {@code e}. */
        double frequency(int e, int i) {
            return frequencies == null ? 1 : frequencies[e][i];
        }
    }

    /**
     * Each feature's inverse document frequency when texts are TF-IDF vectors (a feature counts
     * {@code tf * idf / norm} with the norm of the text's {@code tf * idf} values, an L2-normalised
     * TF-IDF vector; {@code tf} is the event's term frequency, 1 without {@link Events#frequencies}),
     * or {@code null} when every feature counts 1.
     */
    private double[] idf;

    SparseMaxent weighting(double[] idf) {
        this.idf = idf;
        return this;
    }

    /** {@code ln((1 + texts) / (1 + document frequency)) + 1} of every feature, over the given texts. */
    double[] inverseDocumentFrequencies(List<int[]> texts) {
        int[] df = new int[names.size()];
        for (int[] text : texts) {
            for (int f : text) {
                df[f]++;
            }
        }
        double[] result = new double[df.length];
        for (int f = 0; f < df.length; f++) {
            result[f] = Math.log((1.0 + texts.size()) / (1.0 + df[f])) + 1;
        }
        return result;
    }

    /** The inverse document frequencies as a one-label GIS model, so that they travel in the model file. */
    MaxentModel idfModel(double[] idf, List<int[]> texts) {
        boolean[] seen = new boolean[idf.length];
        texts.forEach(t -> {
            for (int f : t) {
                seen[f] = true;
            }
        });
        List<Context> contexts = new ArrayList<>();
        List<String> predicates = new ArrayList<>();
        for (int f = 0; f < idf.length; f++) {
            if (seen[f]) {
                contexts.add(new Context(new int[] {0}, new double[] {idf[f]}));
                predicates.add(names.get(f));
            }
        }
        return new GISModel(contexts.toArray(Context[]::new), predicates.toArray(String[]::new), new String[] {"idf"});
    }

    /** 1 / the norm of event {@code e}'s tf-idf values (1 without weighting). */
    private double inverseNorm(Events events, int e) {
        if (idf == null) {
            return 1;
        }
        int[] x = events.features()[e];
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            double v = events.frequency(e, i) * idf[x[i]];
            sum += v * v;
        }
        return sum == 0 ? 0 : 1 / Math.sqrt(sum);
    }

    /** Weights of the (feature, label) pairs seen in training, as a GIS model needs them. */
    private record Pairs(int[] offsets, int[] outcomes) {

        int size() {
            return offsets[offsets.length - 1];
        }
    }

    /** The pairs of features in at least {@code cutoff} events with the labels they were seen with. */
    private Pairs pairs(Events events, int features, int cutoff) {
        int k = labels.size();
        int words = (k + 63) / 64;
        long[] seen = new long[features * words];
        int[] counts = cutoff > 1 ? new int[features] : null;
        for (int e = 0; e < events.outcomes().length; e++) {
            int o = events.outcomes()[e];
            for (int f : events.features()[e]) {
                seen[f * words + (o >> 6)] |= 1L << (o & 63);
                if (counts != null) {
                    counts[f]++;
                }
            }
        }
        if (counts != null) {
            for (int f = 0; f < features; f++) {
                if (counts[f] < cutoff) {
                    Arrays.fill(seen, f * words, (f + 1) * words, 0);
                }
            }
        }
        int[] offsets = new int[features + 1];
        for (int f = 0; f < features; f++) {
            int count = 0;
            for (int w = 0; w < words; w++) {
                count += Long.bitCount(seen[f * words + w]);
            }
            offsets[f + 1] = offsets[f] + count;
        }
        int[] outcomes = new int[offsets[features]];
        for (int f = 0, p = 0; f < features; f++) {
            for (int o = 0; o < k; o++) {
                if ((seen[f * words + (o >> 6)] & (1L << (o & 63))) != 0) {
                    outcomes[p++] = o;
                }
            }
        }
        return new Pairs(offsets, outcomes);
    }

    /**
     * Fits a maxent model to the events by minimising the weighted negative log-likelihood plus
     * {@code l2 / 2} times the squared weights, over the features seen in at least {@code cutoff}
     * events.
     *
     * @return an OpenNLP GIS model (sum of the weights of a text's features per label, softmax)
     */
    MaxentModel train(Events events, double l2, int iterations, int cutoff) {
        int features = names.size();
        Pairs pairs = pairs(events, features, cutoff);
        double[] w = new double[pairs.size()];
        new Lbfgs(pairs, events, l2).minimise(w, iterations);
        return model(pairs, w, features);
    }

    private MaxentModel model(Pairs pairs, double[] w, int features) {
        List<Context> contexts = new ArrayList<>();
        List<String> predicates = new ArrayList<>();
        for (int f = 0; f < features; f++) {
            int from = pairs.offsets()[f];
            int to = pairs.offsets()[f + 1];
            if (to > from) {
                contexts.add(
                        new Context(Arrays.copyOfRange(pairs.outcomes(), from, to), Arrays.copyOfRange(w, from, to)));
                predicates.add(names.get(f));
            }
        }
        return new GISModel(
                contexts.toArray(Context[]::new), predicates.toArray(String[]::new), labels.toArray(String[]::new));
    }

    /** Limited-memory BFGS (Nocedal and Wright, algorithm 7.4) with a backtracking line search. */
    private final class Lbfgs {
        private final Pairs pairs;
        private final Events events;
        private final double l2;
        private final int k = labels.size();

        Lbfgs(Pairs pairs, Events events, double l2) {
            this.pairs = pairs;
            this.events = events;
            this.l2 = l2;
        }

        void minimise(double[] w, int iterations) {
            int n = w.length;
            double[][] s = new double[HISTORY][];
            double[][] y = new double[HISTORY][];
            double[] rho = new double[HISTORY];
            double[] alpha = new double[HISTORY];
            double[] gradient = new double[n];
            double[] next = new double[n];
            double[] nextGradient = new double[n];
            double[] direction = new double[n];
            double value = evaluate(w, gradient);
            int stored = 0;
            for (int iteration = 0; iteration < iterations; iteration++) {
                // two-loop recursion: direction = -H * gradient
                System.arraycopy(gradient, 0, direction, 0, n);
                for (int i = stored - 1; i >= 0; i--) {
                    alpha[i] = rho[i] * dot(s[i], direction);
                    axpy(-alpha[i], y[i], direction);
                }
                double scale = stored == 0
                        ? 1 / Math.max(1e-12, Math.sqrt(dot(gradient, gradient)))
                        : dot(s[stored - 1], y[stored - 1]) / dot(y[stored - 1], y[stored - 1]);
                for (int i = 0; i < n; i++) {
                    direction[i] *= scale;
                }
                for (int i = 0; i < stored; i++) {
                    double beta = rho[i] * dot(y[i], direction);
                    axpy(alpha[i] - beta, s[i], direction);
                }
                for (int i = 0; i < n; i++) {
                    direction[i] = -direction[i];
                }
                double slope = dot(gradient, direction);
                if (slope >= 0) { // not a descent direction: restart from the gradient
                    stored = 0;
                    for (int i = 0; i < n; i++) {
                        direction[i] = -gradient[i];
                    }
                    slope = dot(gradient, direction);
                }
                double step = 1;
                double nextValue;
                int tries = 0;
                while (true) {
                    for (int i = 0; i < n; i++) {
                        next[i] = w[i] + step * direction[i];
                    }
                    nextValue = evaluate(next, nextGradient);
                    if (nextValue <= value + 1e-4 * step * slope || ++tries > 30) {
                        break;
                    }
                    step *= 0.5;
                }
                double[] newS = stored == HISTORY ? s[0] : new double[n];
                double[] newY = stored == HISTORY ? y[0] : new double[n];
                for (int i = 0; i < n; i++) {
                    newS[i] = next[i] - w[i];
                    newY[i] = nextGradient[i] - gradient[i];
                }
                double sy = dot(newS, newY);
                System.arraycopy(next, 0, w, 0, n);
                System.arraycopy(nextGradient, 0, gradient, 0, n);
                double improvement = (value - nextValue) / Math.max(1, Math.abs(value));
                value = nextValue;
                if (sy > 1e-10) {
                    if (stored == HISTORY) {
                        System.arraycopy(s, 1, s, 0, HISTORY - 1);
                        System.arraycopy(y, 1, y, 0, HISTORY - 1);
                        System.arraycopy(rho, 1, rho, 0, HISTORY - 1);
                        stored--;
                    }
                    s[stored] = newS;
                    y[stored] = newY;
                    rho[stored] = 1 / sy;
                    stored++;
                }
                if (improvement < TOLERANCE) {
                    return;
                }
            }
        }

        /**
         * The objective at {@code w}, its gradient written to {@code gradient}. The events are
         * split into as many parts as there are processors (at most {@link #PARTS}), each summed
         * into a gradient of its own, and the parts added in a fixed order: the same result on
         * any machine, in a fraction of the time on several cores.
         */
        double evaluate(double[] w, double[] gradient) {
            int events = this.events.outcomes().length;
            int parts =
                    Math.max(1, Math.min(PARTS, Math.min(Runtime.getRuntime().availableProcessors(), events / 1000)));
            if (partials == null || partials.length != parts - 1) {
                partials = new double[parts - 1][w.length];
            }
            double[] values = new double[parts];
            java.util.stream.IntStream.range(0, parts).parallel().forEach(part -> {
                double[] g = part == 0 ? gradient : partials[part - 1];
                Arrays.fill(g, 0);
                values[part] =
                        loss(w, g, (int) ((long) events * part / parts), (int) ((long) events * (part + 1) / parts));
            });
            double value = 0;
            for (int part = 0; part < parts; part++) {
                value += values[part];
                if (part > 0) {
                    axpy(1, partials[part - 1], gradient);
                }
            }
            for (int i = 0; i < w.length; i++) {
                gradient[i] += l2 * w[i];
                value += 0.5 * l2 * w[i] * w[i];
            }
            return value;
        }

        private double[][] partials;

        /** The weighted negative log-likelihood of events {@code from} to {@code to}, its gradient added to {@code g}. */
        private double loss(double[] w, double[] g, int from, int to) {
            double value = 0;
            double[] scores = new double[k];
            int[] offsets = pairs.offsets();
            int[] outcomes = pairs.outcomes();
            for (int e = from; e < to; e++) {
                Arrays.fill(scores, 0);
                int[] x = events.features()[e];
                double scale = inverseNorm(events, e);
                for (int i = 0; i < x.length; i++) {
                    int f = x[i];
                    double xf = idf == null ? 1 : events.frequency(e, i) * idf[f] * scale;
                    for (int p = offsets[f]; p < offsets[f + 1]; p++) {
                        scores[outcomes[p]] += xf * w[p];
                    }
                }
                double max = Double.NEGATIVE_INFINITY;
                for (double v : scores) {
                    max = Math.max(max, v);
                }
                int gold = events.outcomes()[e];
                double goldScore = scores[gold];
                double sum = 0;
                for (int o = 0; o < k; o++) {
                    scores[o] = Math.exp(scores[o] - max);
                    sum += scores[o];
                }
                double weight = events.weights()[e];
                value -= weight * (goldScore - max - Math.log(sum));
                for (int o = 0; o < k; o++) {
                    scores[o] = weight * (scores[o] / sum - (o == gold ? 1 : 0));
                }
                for (int i = 0; i < x.length; i++) {
                    int f = x[i];
                    double xf = idf == null ? 1 : events.frequency(e, i) * idf[f] * scale;
                    for (int p = offsets[f]; p < offsets[f + 1]; p++) {
                        g[p] += xf * scores[outcomes[p]];
                    }
                }
            }
            return value;
        }
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static void axpy(double a, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            y[i] += a * x[i];
        }
    }
}
