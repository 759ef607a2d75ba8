package dev.gemba.nlp.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Scores of predicted labels against gold labels: accuracy, per-class precision, recall and F1,
 * macro-F1 over the classes present in the gold labels, and the confusion matrix. A predicted
 * class that never occurs in the gold labels (e.g. neutral on a two-class set) still counts as
 * wrong and appears as a column of the matrix. Immutable and thread-safe.
 */
public final class Evaluation {

    /**
     * Precision, recall and F1 of one class.
     *
     * @param support how many gold labels have this class
     */
    public record ClassScore(String label, double precision, double recall, double f1, int support) {}

    private final List<String> goldClasses;
    private final List<String> allClasses;
    private final int[][] confusion;
    private final int total;

    private Evaluation(List<String> gold, List<String> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException(gold.size() + " gold labels but " + predicted.size() + " predictions");
        }
        this.goldClasses = List.copyOf(new TreeSet<>(gold));
        TreeSet<String> extra = new TreeSet<>(predicted);
        extra.removeAll(goldClasses);
        List<String> all = new ArrayList<>(goldClasses);
        all.addAll(extra);
        this.allClasses = List.copyOf(all);
        this.confusion = new int[allClasses.size()][allClasses.size()];
        for (int i = 0; i < gold.size(); i++) {
            confusion[allClasses.indexOf(gold.get(i))][allClasses.indexOf(predicted.get(i))]++;
        }
        this.total = gold.size();
    }

    /** Scores {@code predicted.get(i)} against {@code gold.get(i)}. */
    public static Evaluation of(List<String> gold, List<String> predicted) {
        return new Evaluation(gold, predicted);
    }

    public int size() {
        return total;
    }

    public double accuracy() {
        int correct = 0;
        for (int i = 0; i < allClasses.size(); i++) {
            correct += confusion[i][i];
        }
        return total == 0 ? 0 : (double) correct / total;
    }

    /** One score per class of the gold labels, in label order. */
    public List<ClassScore> perClass() {
        List<ClassScore> scores = new ArrayList<>();
        for (int c = 0; c < goldClasses.size(); c++) {
            int truePositives = confusion[c][c];
            int predicted = 0;
            int support = 0;
            for (int k = 0; k < allClasses.size(); k++) {
                predicted += confusion[k][c];
                support += confusion[c][k];
            }
            double precision = predicted == 0 ? 0 : (double) truePositives / predicted;
            double recall = support == 0 ? 0 : (double) truePositives / support;
            double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
            scores.add(new ClassScore(goldClasses.get(c), precision, recall, f1, support));
        }
        return scores;
    }

    /** The unweighted mean F1 over the classes present in the gold labels. */
    public double macroF1() {
        return perClass().stream().mapToDouble(ClassScore::f1).average().orElse(0);
    }

    /** How often gold class {@code gold} was predicted as {@code predicted}. */
    public int count(String gold, String predicted) {
        int g = allClasses.indexOf(gold);
        int p = allClasses.indexOf(predicted);
        return g < 0 || p < 0 ? 0 : confusion[g][p];
    }

    /** A report for people: scores, then the confusion matrix (rows gold, columns predicted). */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("texts %d   accuracy %.3f   macro-F1 %.3f%n%n", total, accuracy(), macroF1()));
        int width =
                Math.max(12, allClasses.stream().mapToInt(String::length).max().orElse(0) + 2);
        out.append(
                String.format("%-" + width + "s %9s %9s %9s %9s%n", "class", "precision", "recall", "F1", "support"));
        for (ClassScore s : perClass()) {
            out.append(String.format(
                    "%-" + width + "s %9.3f %9.3f %9.3f %9d%n",
                    s.label(),
                    s.precision(),
                    s.recall(),
                    s.f1(),
                    s.support()));
        }
        out.append(String.format("%nconfusion (rows gold, columns predicted)%n%-" + width + "s", ""));
        allClasses.forEach(c -> out.append(String.format(" %" + width + "s", c)));
        out.append('\n');
        for (int g = 0; g < goldClasses.size(); g++) {
            out.append(String.format("%-" + width + "s", goldClasses.get(g)));
            for (int p = 0; p < allClasses.size(); p++) {
                out.append(String.format(" %" + width + "d", confusion[g][p]));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** The same report as JSON-ready maps and lists (see {@link Json#write}). */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("texts", total);
        json.put("accuracy", accuracy());
        json.put("macroF1", macroF1());
        List<Object> classes = new ArrayList<>();
        for (ClassScore s : perClass()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("label", s.label());
            c.put("precision", s.precision());
            c.put("recall", s.recall());
            c.put("f1", s.f1());
            c.put("support", s.support());
            classes.add(c);
        }
        json.put("classes", classes);
        Map<String, Object> matrix = new LinkedHashMap<>();
        for (int g = 0; g < goldClasses.size(); g++) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int p = 0; p < allClasses.size(); p++) {
                row.put(allClasses.get(p), confusion[g][p]);
            }
            matrix.put(goldClasses.get(g), row);
        }
        json.put("confusion", matrix);
        return json;
    }
}
