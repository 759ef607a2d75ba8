package dev.gemba.nlp.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vader.sentiment.analyzer.SentimentAnalyzer;
import dev.gemba.nlp.evaluation.Evaluation;
import dev.gemba.nlp.evaluation.LabelledText;

/**
 * The untrained lexicon reference on the visible sets: VADER-Java's compound score with the usual
 * thresholds (≥ 0.05 positive, ≤ −0.05 negative, else neutral), macro-F1 as the CLI's
 * {@code evaluate} computes it (on two-class sets a neutral prediction counts as wrong).
 */
public final class LexiconBaseline {

    private LexiconBaseline() {}

    public static void main(String[] args) throws Exception {
        Path eval = Path.of(args.length > 0 ? args[0] : "../shared/eval");
        if (!Files.isDirectory(eval)) {
            System.out.println("skipped: " + eval + " is absent (the shared evaluation folder)");
            return;
        }
        for (String set : List.of(
                "airline_sentiment_dev", "uci_amazon", "uci_yelp", "senti4sd_train", "germeval2017_dev")) {
            List<String> gold = new ArrayList<>();
            List<String> predicted = new ArrayList<>();
            for (LabelledText t : LabelledText.read(eval.resolve(set + ".jsonl"), null)) {
                SentimentAnalyzer vader = new SentimentAnalyzer(t.text());
                vader.analyze();
                float compound = vader.getPolarity().get("compound");
                predicted.add(compound >= 0.05 ? "positive" : compound <= -0.05 ? "negative" : "neutral");
                gold.add(t.label().toLowerCase(Locale.ROOT));
            }
            System.out.printf(Locale.ROOT, "%-22s VADER-Java macro-F1 %.3f%n", set, Evaluation.of(gold, predicted).macroF1());
        }
    }
}
