package dev.gemba.nlp.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import dev.gemba.nlp.Analysis;
import dev.gemba.nlp.DocumentSentiment;
import dev.gemba.nlp.SentimentEvidence;
import dev.gemba.nlp.evaluation.LabelledText;
import dev.gemba.nlp.opennlp.OpenNlpFeedbackAnalyzer;

/**
 * The deletion test of {@code ExplanationDeletionTest} on text nobody on the project wrote: for
 * each visible evaluation set, the share of polar texts with evidence whose score moves toward
 * neutral when the evidence is cut out of the text.
 */
public final class DeletionOnEvaluationSets {

    private DeletionOnEvaluationSets() {}

    public static void main(String[] args) throws Exception {
        Path eval = Path.of(args.length > 0 ? args[0] : "../shared/eval");
        if (!Files.isDirectory(eval)) {
            System.out.println("skipped: " + eval + " is absent (the shared evaluation folder)");
            return;
        }
        OpenNlpFeedbackAnalyzer english = OpenNlpFeedbackAnalyzer.builtIn();
        OpenNlpFeedbackAnalyzer german = OpenNlpFeedbackAnalyzer.builtIn("de");
        int allTested = 0;
        int allMoved = 0;
        for (String set :
                List.of("airline_sentiment_dev", "uci_amazon", "uci_yelp", "senti4sd_train", "germeval2017_dev")) {
            OpenNlpFeedbackAnalyzer analyzer = set.startsWith("germeval") ? german : english;
            int tested = 0;
            int moved = 0;
            int withoutEvidence = 0;
            for (LabelledText t : LabelledText.read(eval.resolve(set + ".jsonl"), null)) {
                Analysis before = analyzer.analyze(t.text());
                if (before.label() == DocumentSentiment.NEUTRAL) {
                    continue;
                }
                if (before.evidence().isEmpty()) {
                    withoutEvidence++;
                    continue;
                }
                Analysis after = analyzer.analyze(cut(t.text(), before.evidence()));
                tested++;
                if (towardNeutral(before, after)) {
                    moved++;
                }
            }
            allTested += tested;
            allMoved += moved;
            System.out.printf(
                    Locale.ROOT,
                    "%-22s %5d of %5d (%.1f %%) moved toward neutral; %d polar texts without evidence%n",
                    set,
                    moved,
                    tested,
                    100.0 * moved / tested,
                    withoutEvidence);
        }
        System.out.printf(Locale.ROOT, "all sets: %.1f %%%n", 100.0 * allMoved / allTested);
    }

    private static boolean towardNeutral(Analysis before, Analysis after) {
        return switch (before.label()) {
            case POSITIVE -> after.score() < before.score();
            case NEGATIVE -> after.score() > before.score();
            case MIXED -> after.label() != DocumentSentiment.MIXED || spread(after) < spread(before);
            case NEUTRAL -> true;
        };
    }

    private static double spread(Analysis a) {
        return a.sentences().stream().mapToDouble(s -> Math.abs(s.score())).sum();
    }

    private static String cut(String text, List<SentimentEvidence> evidence) {
        StringBuilder result = new StringBuilder(text);
        evidence.stream()
                .sorted(Comparator.comparingInt(SentimentEvidence::start).reversed())
                .forEach(e -> result.delete(e.start(), e.end()));
        return result.toString();
    }
}
