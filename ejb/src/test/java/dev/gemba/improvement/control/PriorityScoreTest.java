package dev.gemba.improvement.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import dev.gemba.improvement.control.PriorityScore.Weights;
import dev.gemba.improvement.entity.Effort;
import org.junit.jupiter.api.Test;

class PriorityScoreTest {

    @Test
    void theDocumentedFormulaOnKnownNumbers() {
        // 90 people in 1 unit: log10(101)/3 = 0.6681; 31% negative; 80 items from 2 sources: 0.8 × 0.75
        var c = PriorityScore.compute(90, 1, 0.31, 80, 2, Effort.M, null, Weights.EVEN);
        assertEquals(0.6681, c.reach(), 1e-4);
        assertEquals(0.31, c.impact(), 1e-9);
        assertEquals(0.6, c.confidence(), 1e-9);
        assertEquals(2, c.effort(), 1e-9);
        assertEquals(6.2, c.score(), 1e-9); // 100 × 0.6681 × 0.31 × 0.6 / 2 = 6.21
    }

    @Test
    void personDaysReplaceTheSizeAndWeightsAreExponents() {
        assertEquals(4, PriorityScore.effort(Effort.S, new BigDecimal("20")), 1e-9);
        var ignoringEffort = PriorityScore.compute(90, 1, 0.31, 80, 2, Effort.XL, null, new Weights(1, 1, 1, 0));
        assertEquals(12.4, ignoringEffort.score(), 1e-9);
    }

    @Test
    void noEvidenceMeansNoScoreAndReachSaturates() {
        assertEquals(
                0,
                PriorityScore.compute(0, 0, 0.5, 0, 0, Effort.S, null, Weights.EVEN)
                        .score());
        assertEquals(1, PriorityScore.reach(5000, 20), 1e-9);
    }
}
