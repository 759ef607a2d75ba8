package dev.gemba.nlp.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

import dev.gemba.nlp.evaluation.CrossValidation;
import dev.gemba.nlp.evaluation.LabelledText;
import dev.gemba.nlp.opennlp.ModelTrainer;

/**
 * The topic sets the analyser would give, on the IT tickets' own 5-fold cross-validation (the
 * folds of {@link TrainingCost} and {@link TopicsSweep}; one gold label per text): besides the
 * most probable label's macro-F1, the document rule (every label with probability at least 0.2,
 * {@code TopicClassifier.DOCUMENT_THRESHOLD}; and the sentence threshold 0.4 for comparison):
 * mean topics per text, share of texts with two or more, set recall (gold in the set), set
 * precision (1/|set| when the gold label is in it, averaged over texts) and macro-F1 of the sets
 * (per label: a text counts for it when the label is in its set). Settings as in
 * {@link TopicsSweep}, e.g. {@code 0.1:true:60:true 0.01:true:60:false}.
 */
public final class TopicSets {

    private static final double[] THRESHOLDS = {0.2, 0.4};

    private TopicSets() {}

    public static void main(String[] args) throws Exception {
        List<LabelledText> texts = LabelledText.read(Path.of(args[0]), "label");
        for (int a = 1; a < args.length; a++) {
            List<ModelTrainer.HeldOut> heldOut = new ArrayList<>();
            long start = System.nanoTime();
            CrossValidation cv = TopicsSweep.trainer(args[a]).crossValidate(texts, 5, fold -> {}, heldOut::add);
            System.out.printf(
                    Locale.ROOT,
                    "%-22s argmax macro-F1 %.4f  (%.1f s)%n",
                    args[a],
                    cv.pooled().macroF1(),
                    (System.nanoTime() - start) / 1e9);
            for (double threshold : THRESHOLDS) {
                System.out.println("  " + sets(heldOut, threshold).text());
            }
            // the held-out texts come fold by fold, each fold as large (38,270 tickets: 7,654)
            List<String> folds = new ArrayList<>();
            int size = heldOut.size() / 5;
            for (int f = 0; f < 5 && heldOut.size() % 5 == 0; f++) {
                folds.add(String.format(
                        Locale.ROOT, "%.4f", sets(heldOut.subList(f * size, (f + 1) * size), THRESHOLDS[0]).macroF1()));
            }
            System.out.println("  set macro-F1 at p >= 0.2 per fold " + folds);
        }
    }

    /** The sets' macro-F1 and all their scores as a line of text. */
    record Sets(double macroF1, String text) {}

    /** Scores of the sets {label : p >= threshold} of single-label held-out texts. */
    static Sets sets(List<ModelTrainer.HeldOut> heldOut, double threshold) {
        int n = heldOut.size();
        long members = 0;
        int several = 0;
        int found = 0;
        double precision = 0;
        // per label: true positives, false positives, false negatives
        TreeMap<String, int[]> counts = new TreeMap<>();
        for (ModelTrainer.HeldOut h : heldOut) {
            String gold = h.gold().get(0);
            List<String> set = new ArrayList<>();
            for (int i = 0; i < h.probabilities().length; i++) {
                if (h.probabilities()[i] >= threshold) {
                    set.add(h.labels().get(i));
                }
            }
            members += set.size();
            several += set.size() >= 2 ? 1 : 0;
            counts.computeIfAbsent(gold, l -> new int[3]);
            if (set.contains(gold)) {
                found++;
                precision += 1.0 / set.size();
                counts.get(gold)[0]++;
            } else {
                counts.get(gold)[2]++;
            }
            for (String label : set) {
                if (!label.equals(gold)) {
                    counts.computeIfAbsent(label, l -> new int[3])[1]++;
                }
            }
        }
        double macro = 0;
        StringBuilder perLabel = new StringBuilder();
        for (var e : counts.entrySet()) {
            int[] c = e.getValue();
            double f1 = c[0] == 0 ? 0 : 2.0 * c[0] / (2.0 * c[0] + c[1] + c[2]);
            macro += f1;
            perLabel.append(String.format(Locale.ROOT, " %s %.3f (+%d)", e.getKey(), f1, c[1]));
        }
        return new Sets(macro / counts.size(), String.format(
                Locale.ROOT,
                "p >= %.1f: topics/text %.3f  2+ topics %.1f %%  set recall %.4f  set precision %.4f"
                        + " (pooled %.4f)  set macro-F1 %.4f%n    per label (F1, spurious):%s",
                threshold,
                (double) members / n,
                100.0 * several / n,
                (double) found / n,
                precision / n,
                members == 0 ? 0 : found / (double) members,
                macro / counts.size(),
                perLabel));
    }
}
