package dev.gemba.nlp.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class EvaluationTest {

    private static final double EPSILON = 1e-9;

    @Test
    void scoresPrecisionRecallAndF1PerClass() {
        Evaluation e = Evaluation.of(
                List.of("negative", "negative", "negative", "positive", "positive", "neutral"),
                List.of("negative", "negative", "positive", "positive", "negative", "neutral"));
        assertEquals(4.0 / 6, e.accuracy(), EPSILON);
        var negative = e.perClass().get(0);
        assertEquals("negative", negative.label());
        assertEquals(2.0 / 3, negative.precision(), EPSILON); // 2 of 3 predicted negatives are right
        assertEquals(2.0 / 3, negative.recall(), EPSILON); // 2 of 3 gold negatives found
        assertEquals(3, negative.support());
        var positive = e.perClass().get(2);
        assertEquals(0.5, positive.precision(), EPSILON);
        assertEquals(0.5, positive.recall(), EPSILON);
        assertEquals((2.0 / 3 + 1 + 0.5) / 3, e.macroF1(), EPSILON);
        assertEquals(1, e.count("negative", "positive"));
        assertEquals(1, e.count("positive", "negative"));
    }

    @Test
    void neutralPredictionsOnATwoClassSetCountAsWrong() {
        Evaluation e = Evaluation.of(
                List.of("negative", "negative", "positive", "positive"),
                List.of("negative", "neutral", "positive", "neutral"));
        assertEquals(0.5, e.accuracy(), EPSILON);
        assertEquals(2, e.perClass().size(), "macro-F1 averages only the gold classes");
        assertEquals(0.5, e.perClass().get(0).recall(), EPSILON);
        assertEquals(1.0, e.perClass().get(0).precision(), EPSILON);
        assertEquals(2.0 / 3, e.macroF1(), EPSILON);
        assertEquals(1, e.count("positive", "neutral"));
        assertTrue(e.toText().contains("neutral"), "the confusion matrix shows the neutral column");
    }

    @Test
    void aClassNeverPredictedHasZeroF1() {
        Evaluation e = Evaluation.of(List.of("a", "b"), List.of("a", "a"));
        assertEquals(0, e.perClass().get(1).f1(), EPSILON);
        assertEquals(0.5 * (2.0 / 3), e.macroF1(), EPSILON);
    }

    @Test
    void reportsAsJson() {
        Evaluation e = Evaluation.of(List.of("x", "y"), List.of("x", "x"));
        Map<String, Object> json = e.toJson();
        assertEquals(2, json.get("texts"));
        assertEquals(0.5, (double) json.get("accuracy"), EPSILON);
        assertEquals(Map.of("x", 1, "y", 0), ((Map<?, ?>) json.get("confusion")).get("x"));
        Object parsed = Json.parse(Json.write(json));
        assertEquals(0.5, (double) ((Map<?, ?>) parsed).get("accuracy"), EPSILON);
    }

    @Test
    void goldAndPredictionsMustPair() {
        assertThrows(IllegalArgumentException.class, () -> Evaluation.of(List.of("a"), List.of()));
    }
}
