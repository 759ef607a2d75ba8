package dev.gemba.nlp.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import dev.gemba.nlp.evaluation.CrossValidation;
import dev.gemba.nlp.evaluation.LabelledText;
import dev.gemba.nlp.opennlp.ModelTrainer;

/**
 * Settings of custom topic models chosen by the IT tickets' own 5-fold cross-validation (the
 * folds of {@link TrainingCost}): one line per setting {@code l2:termCounts:iterations[:balanced[:priorCorrection]]} (see {@link #trainer}), e.g.
 * {@code 0.01:true:100 0.1:true:100}.
 */
public final class TopicsSweep {

    private TopicsSweep() {}

    /**
     * The topic trainer of a setting {@code l2:termCounts:iterations[:balanced[:priorCorrection]]};
     * {@code balanced} is true, false or the exponent of the label weights (e.g. 0.5).
     */
    static ModelTrainer trainer(String setting) {
        String[] s = setting.split(":");
        double balance = s.length < 4 ? 0 : switch (s[3]) {
            case "true" -> 1;
            case "false" -> 0;
            default -> Double.parseDouble(s[3]);
        };
        return ModelTrainer.topics("en")
                .l2(Double.parseDouble(s[0]))
                .termCounts(Boolean.parseBoolean(s[1]))
                .iterations(Integer.parseInt(s[2]))
                .balance(balance)
                .priorCorrection(s.length > 4 ? Double.parseDouble(s[4]) : 0);
    }

    public static void main(String[] args) throws Exception {
        List<LabelledText> texts = LabelledText.read(Path.of(args[0]), "label");
        for (int a = 1; a < args.length; a++) {
            ModelTrainer trainer = trainer(args[a]);
            long start = System.nanoTime();
            CrossValidation cv = trainer.crossValidate(texts, 5);
            System.out.printf(
                    Locale.ROOT,
                    "%-20s macro-F1 %.4f  folds %s  %.1f s%n",
                    args[a],
                    cv.pooled().macroF1(),
                    cv.foldMacroF1().stream().map(x -> String.format(Locale.ROOT, "%.3f", x)).toList(),
                    (System.nanoTime() - start) / 1e9);
        }
    }
}
