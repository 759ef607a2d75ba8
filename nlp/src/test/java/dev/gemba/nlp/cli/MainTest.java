package dev.gemba.nlp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.gemba.nlp.evaluation.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    private static String run(String... args) throws Exception {
        StringWriter out = new StringWriter();
        int status = Main.run(args, new PrintWriter(out));
        assertEquals(0, status, out::toString);
        return out.toString();
    }

    private static Path sentimentFile(Path dir) throws Exception {
        List<String> lines = new ArrayList<>();
        for (String thing : List.of("VPN", "laptop", "printer", "portal", "email", "phone", "headset", "SAP")) {
            lines.add(Json.write(Map.of("text", "The " + thing + " is great, thanks!", "label", "positive")));
            lines.add(Json.write(Map.of("text", "The " + thing + " is terrible and broken.", "label", "negative")));
            lines.add(Json.write(Map.of("text", "The " + thing + " was replaced on Monday.", "label", "neutral")));
        }
        return Files.write(dir.resolve("labelled.jsonl"), lines, StandardCharsets.UTF_8);
    }

    @Test
    void trainCrossValidatesAndSavesAVersionedModelThatEvaluateScores(@TempDir Path dir) throws Exception {
        Path data = sentimentFile(dir);
        Path model = dir.resolve("model.bin");
        Path report = dir.resolve("cv.json");
        String trained = run(
                "train",
                "--kind",
                "sentiment",
                "--in",
                data.toString(),
                "--out",
                model.toString(),
                "--folds",
                "3",
                "--report",
                report.toString());
        assertTrue(trained.contains("3-fold cross-validation"), trained);
        assertTrue(trained.contains("saved custom-sentiment-"), trained);
        assertTrue(Files.size(model) > 0);
        Map<?, ?> cv = (Map<?, ?>) Json.parse(Files.readString(report));
        assertTrue(((String) cv.get("version")).startsWith("custom-sentiment-"));

        Path json = dir.resolve("evaluation.json");
        String evaluated =
                run("evaluate", "--in", data.toString(), "--model", model.toString(), "--json", json.toString());
        assertTrue(evaluated.contains("macro-F1 1.000"), evaluated);
        assertTrue(evaluated.contains("confusion (rows gold, columns predicted)"));
        Map<?, ?> scores = (Map<?, ?>) Json.parse(Files.readString(json));
        assertEquals(1.0, scores.get("macroF1"));
        assertEquals(24.0, scores.get("texts"));
    }

    @Test
    void trainOnAnExportOfCorrectionsSkipsLinesWithoutTheChosenLabel(@TempDir Path dir) throws Exception {
        // as Gemba exports corrections: a sentiment label, topic labels, or both
        List<String> lines = new ArrayList<>();
        for (String thing : List.of("VPN", "laptop", "printer", "portal", "email", "phone")) {
            lines.add(
                    Json.write(Map.of("text", "The " + thing + " is great", "label", "positive", "labels", List.of())));
            lines.add(Json.write(
                    Map.of("text", "The " + thing + " is broken", "label", "negative", "labels", List.of())));
            lines.add(Json.write(Map.of("text", "The " + thing + " was moved", "labels", List.of("moves"))));
            lines.add(Json.write(Map.of("text", "The " + thing + " was ordered", "labels", List.of("orders"))));
        }
        Path data = Files.write(dir.resolve("gemba-corrections.jsonl"), lines, StandardCharsets.UTF_8);

        String sentiment = run(
                "train",
                "--kind",
                "sentiment",
                "--label-field",
                "label",
                "--folds",
                "0",
                "--in",
                data.toString(),
                "--out",
                dir.resolve("s.bin").toString());
        assertTrue(sentiment.contains("skipped 12 lines without a label in label"), sentiment);
        assertTrue(
                sentiment.contains("labels [") && sentiment.contains("positive") && !sentiment.contains("moves"),
                sentiment);

        String topics = run(
                "train",
                "--kind",
                "topics",
                "--label-field",
                "labels",
                "--folds",
                "0",
                "--in",
                data.toString(),
                "--out",
                dir.resolve("t.bin").toString());
        assertTrue(topics.contains("skipped 12 lines without a label in labels"), topics);
        assertTrue(topics.contains("moves") && topics.contains("orders") && !topics.contains("positive"), topics);
    }

    @Test
    void evaluateTheBuiltInAnalyzerInTwoClassMode(@TempDir Path dir) throws Exception {
        Path data = Files.write(
                dir.resolve("two.jsonl"),
                List.of(
                        "{\"text\": \"The support team was excellent and very helpful.\", \"label\": \"positive\"}",
                        "{\"text\": \"Terrible service, the laptop is still broken.\", \"label\": \"negative\"}",
                        "{\"text\": \"The meeting is on Monday.\", \"label\": \"positive\"}"),
                StandardCharsets.UTF_8);
        String out = run("evaluate", "--two-class", "--in", data.toString());
        assertTrue(out.contains("texts 3"), out);
        assertTrue(out.contains("neutral"), "a neutral prediction shows as a column and counts as wrong: " + out);
    }

    @Test
    void analyzeReadsJsonOrPlainLinesAndWritesJsonLines(@TempDir Path dir) throws Exception {
        Path in = Files.write(
                dir.resolve("in.txt"),
                List.of("{\"id\": 7, \"text\": \"The VPN keeps dropping.\"}", "Great help from the desk, thanks!"),
                StandardCharsets.UTF_8);
        Path out = dir.resolve("out.jsonl");
        run("analyze", "--in", in.toString(), "--out", out.toString());
        List<String> lines = Files.readAllLines(out);
        assertEquals(2, lines.size());
        Map<?, ?> first = (Map<?, ?>) Json.parse(lines.get(0));
        assertEquals(7.0, first.get("id"));
        Map<?, ?> analysis = (Map<?, ?>) first.get("analysis");
        assertEquals("NEGATIVE", analysis.get("label"));
        assertEquals("en", analysis.get("language"));
        Map<?, ?> second = (Map<?, ?>) ((Map<?, ?>) Json.parse(lines.get(1))).get("analysis");
        assertEquals("POSITIVE", second.get("label"));
    }

    @Test
    void unknownCommandsAndMissingOptionsPrintTheUsage() throws Exception {
        StringWriter out = new StringWriter();
        assertEquals(2, Main.run(new String[] {"summarise"}, new PrintWriter(out)));
        assertTrue(out.toString().contains("usage:"));
        StringWriter missing = new StringWriter();
        assertEquals(2, Main.run(new String[] {"train", "--kind", "sentiment"}, new PrintWriter(missing)));
        assertTrue(missing.toString().contains("--in is required"), missing::toString);
    }
}
