package dev.gemba.nlp.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import dev.gemba.nlp.evaluation.CrossValidation;
import dev.gemba.nlp.evaluation.Evaluation;
import dev.gemba.nlp.evaluation.LabelledText;
import dev.gemba.nlp.opennlp.ModelTrainer;

/**
 * Training cost of train-your-own on the IT tickets against a LIBLINEAR TF-IDF baseline, in one
 * run: each side in a JVM of its own (Gemba's with {@code -Xmx512m}), each training one model on
 * all texts and then a 5-fold cross-validation over the same shuffled folds; wall time, peak heap
 * and macro-F1. The baseline is what a data scientist would try first: word unigrams and bigrams,
 * sublinear TF-IDF, L2-normalised, LIBLINEAR's default solver (L2-regularised L2-loss SVM, dual,
 * C = 1), via liblinear-java (benchmark scope only).
 */
public final class TrainingCost {

    private static final long SEED = 20_261_122L;

    private TrainingCost() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/eval/it_tickets_train.jsonl");
        if (!Files.exists(file)) {
            System.out.println("training cost skipped: " + file + " is absent (the shared evaluation folder)");
            return;
        }
        if (args.length > 1) {
            List<LabelledText> texts = LabelledText.read(file, "label");
            if (args[1].equals("liblinear")) {
                liblinear(texts);
            } else {
                gemba(texts);
            }
            return;
        }
        for (String side : List.of("liblinear", "gemba")) {
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp",
                    System.getProperty("java.class.path")));
            if (side.equals("gemba")) {
                command.add("-Xmx512m");
            }
            command.addAll(List.of(TrainingCost.class.getName(), file.toString(), side));
            int status = new ProcessBuilder(command).inheritIO().start().waitFor();
            if (status != 0) {
                throw new IllegalStateException(side + " failed with status " + status);
            }
        }
    }

    private static void gemba(List<LabelledText> texts) {
        ModelTrainer trainer = ModelTrainer.topics("en");
        long start = System.nanoTime();
        trainer.train(texts);
        double train = seconds(start);
        start = System.nanoTime();
        CrossValidation cv = trainer.crossValidate(texts, 5);
        report("gemba (ModelTrainer.topics, -Xmx512m)", texts.size(), train, seconds(start), cv.pooled().macroF1());
    }

    private static void liblinear(List<LabelledText> texts) {
        long start = System.nanoTime();
        new Tfidf(texts, all(texts.size())).train();
        double train = seconds(start);
        start = System.nanoTime();
        List<Integer> order = all(texts.size());
        Collections.shuffle(order, new Random(SEED));
        List<String> gold = new ArrayList<>();
        List<String> predicted = new ArrayList<>();
        for (int fold = 0; fold < 5; fold++) {
            List<Integer> training = new ArrayList<>();
            List<Integer> heldOut = new ArrayList<>();
            for (int i = 0; i < order.size(); i++) {
                (i % 5 == fold ? heldOut : training).add(order.get(i));
            }
            Tfidf tfidf = new Tfidf(texts, training);
            Model model = tfidf.train();
            for (int i : heldOut) {
                predicted.add(tfidf.labels.get((int) Linear.predict(model, tfidf.vector(texts.get(i).text()))));
                gold.add(texts.get(i).label());
            }
        }
        report("liblinear TF-IDF", texts.size(), train, seconds(start), Evaluation.of(gold, predicted).macroF1());
    }

    /** Unigram and bigram TF-IDF vectors of the training texts and LIBLINEAR's default solver. */
    private static final class Tfidf {
        final Map<String, Integer> ids = new HashMap<>();
        final List<Integer> documentFrequency = new ArrayList<>();
        final List<String> labels = new ArrayList<>();
        final List<LabelledText> texts;
        final List<Integer> chosen;
        double[] idf;

        Tfidf(List<LabelledText> texts, List<Integer> chosen) {
            this.texts = texts;
            this.chosen = chosen;
            for (int i : chosen) {
                for (String term : terms(texts.get(i).text()).keySet()) {
                    Integer id = ids.get(term);
                    if (id == null) {
                        ids.put(term, documentFrequency.size());
                        documentFrequency.add(1);
                    } else {
                        documentFrequency.set(id, documentFrequency.get(id) + 1);
                    }
                }
                if (!labels.contains(texts.get(i).label())) {
                    labels.add(texts.get(i).label());
                }
            }
            idf = new double[documentFrequency.size()];
            for (int f = 0; f < idf.length; f++) {
                idf[f] = Math.log((1.0 + chosen.size()) / (1.0 + documentFrequency.get(f))) + 1;
            }
        }

        static Map<String, Integer> terms(String text) {
            String[] words = text.toLowerCase(Locale.ROOT).split("\\W+");
            Map<String, Integer> counts = new HashMap<>();
            String previous = null;
            for (String w : words) {
                if (w.isEmpty()) {
                    continue;
                }
                counts.merge(w, 1, Integer::sum);
                if (previous != null) {
                    counts.merge(previous + " " + w, 1, Integer::sum);
                }
                previous = w;
            }
            return counts;
        }

        Feature[] vector(String text) {
            List<FeatureNode> nodes = new ArrayList<>();
            double norm = 0;
            for (var term : terms(text).entrySet()) {
                Integer id = ids.get(term.getKey());
                if (id != null) {
                    double v = (1 + Math.log(term.getValue())) * idf[id];
                    nodes.add(new FeatureNode(id + 1, v));
                    norm += v * v;
                }
            }
            double length = Math.sqrt(norm);
            nodes.sort((a, b) -> Integer.compare(a.index, b.index));
            for (FeatureNode node : nodes) {
                node.setValue(node.getValue() / length);
            }
            return nodes.toArray(Feature[]::new);
        }

        Model train() {
            Problem problem = new Problem();
            problem.l = chosen.size();
            problem.n = ids.size();
            problem.x = new Feature[problem.l][];
            problem.y = new double[problem.l];
            for (int j = 0; j < chosen.size(); j++) {
                LabelledText t = texts.get(chosen.get(j));
                problem.x[j] = vector(t.text());
                problem.y[j] = labels.indexOf(t.label());
            }
            Linear.disableDebugOutput();
            return Linear.train(problem, new Parameter(SolverType.valueOf(System.getProperty("solver", "L2R_L2LOSS_SVC_DUAL")), Double.parseDouble(System.getProperty("C", "1")), 0.1));
        }
    }

    private static List<Integer> all(int n) {
        List<Integer> all = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            all.add(i);
        }
        return all;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void report(String side, int texts, double train, double crossValidation, double macroF1) {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%-40s %,d texts: train %.1f s, 5-fold cross-validation %.1f s, macro-F1 %.3f, peak heap %.0f MB,"
                        + " max heap %.0f MB%n",
                side,
                texts,
                train,
                crossValidation,
                macroF1,
                peak / 1e6,
                Runtime.getRuntime().maxMemory() / 1e6);
    }
}
