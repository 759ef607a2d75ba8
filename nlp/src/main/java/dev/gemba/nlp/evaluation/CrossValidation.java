package dev.gemba.nlp.evaluation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of k-fold cross-validation: every text predicted once by the model trained on the
 * other folds, scored together, plus each fold's macro-F1.
 *
 * @param folds how many folds
 * @param pooled the scores of all held-out predictions together
 * @param foldMacroF1 macro-F1 of each fold on its own
 */
public record CrossValidation(int folds, Evaluation pooled, List<Double> foldMacroF1) {

    public CrossValidation {
        foldMacroF1 = List.copyOf(foldMacroF1);
    }

    /** Mean of the folds' macro-F1. */
    public double meanMacroF1() {
        return foldMacroF1.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    /** Standard deviation of the folds' macro-F1. */
    public double stdMacroF1() {
        double mean = meanMacroF1();
        return Math.sqrt(foldMacroF1.stream()
                .mapToDouble(f -> (f - mean) * (f - mean))
                .average()
                .orElse(0));
    }

    public String toText() {
        return String.format(
                "%d-fold cross-validation: macro-F1 per fold mean %.3f (sd %.3f)%npooled held-out predictions: %s",
                folds, meanMacroF1(), stdMacroF1(), pooled.toText());
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("folds", folds);
        json.put("meanMacroF1", meanMacroF1());
        json.put("stdMacroF1", stdMacroF1());
        json.put("foldMacroF1", foldMacroF1);
        json.put("pooled", pooled.toJson());
        return json;
    }
}
