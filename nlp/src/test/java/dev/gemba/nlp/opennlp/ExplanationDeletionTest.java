package dev.gemba.nlp.opennlp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import dev.gemba.nlp.Analysis;
import dev.gemba.nlp.DocumentSentiment;
import dev.gemba.nlp.SentimentEvidence;
import dev.gemba.nlp.evaluation.LabelledText;
import org.junit.jupiter.api.Test;

/**
 * Faithfulness of the evidence, as a deletion test: removing the evidence an analysis shows from
 * its text must move the score toward neutral (a positive text's score falls, a negative one's
 * rises, a mixed text's sentences move closer to 0 or stop disagreeing) in at least 90 % of the
 * texts that show evidence. Run over every other text of the project's corpus (English and
 * German, IT and general).
 */
class ExplanationDeletionTest {

    /** The share the issue asks for. */
    private static final double REQUIRED = 0.90;

    @Test
    void removingTheShownEvidenceMovesTheScoreTowardNeutral() throws IOException {
        OpenNlpFeedbackAnalyzer analyzer = OpenNlpFeedbackAnalyzer.builtIn();
        int tested = 0;
        int moved = 0;
        int withoutEvidence = 0;
        List<String> failures = new ArrayList<>();
        List<LabelledText> texts = corpus();
        for (int i = 0; i < texts.size(); i += 2) {
            String text = texts.get(i).text();
            Analysis before = analyzer.analyze(text);
            if (before.label() == DocumentSentiment.NEUTRAL) {
                continue;
            }
            if (before.evidence().isEmpty()) {
                withoutEvidence++;
                continue;
            }
            Analysis after = analyzer.analyze(withoutEvidence(text, before.evidence()));
            tested++;
            if (towardNeutral(before, after)) {
                moved++;
            } else if (failures.size() < 10) {
                failures.add(text + " " + before.label() + " " + before.score() + " -> " + after.score());
            }
        }
        double share = (double) moved / tested;
        System.out.printf(
                Locale.ROOT,
                "deletion test: %d of %d polar texts with evidence (%.1f %%) moved toward neutral; "
                        + "%d polar texts showed no evidence%n",
                moved,
                tested,
                100 * share,
                withoutEvidence);
        assertTrue(tested > 1000, "enough texts: " + tested);
        assertTrue(share >= REQUIRED, share + " < " + REQUIRED + ", e.g. " + failures);
    }

    static boolean towardNeutral(Analysis before, Analysis after) {
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

    /** The text with every evidence span cut out. */
    static String withoutEvidence(String text, List<SentimentEvidence> evidence) {
        StringBuilder result = new StringBuilder(text);
        evidence.stream()
                .sorted(Comparator.comparingInt(SentimentEvidence::start).reversed())
                .forEach(e -> result.delete(e.start(), e.end()));
        return result.toString();
    }

    static List<LabelledText> corpus() throws IOException {
        List<LabelledText> texts = new ArrayList<>();
        for (String folder : List.of("en", "de", "en/general", "de/general")) {
            try (Stream<Path> files = Files.list(Path.of("src/main/corpus", folder))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".jsonl"))
                        .sorted()
                        .toList()) {
                    texts.addAll(LabelledText.read(file, "label"));
                }
            }
        }
        return texts;
    }
}
