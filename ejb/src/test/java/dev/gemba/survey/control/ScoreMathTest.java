package dev.gemba.survey.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gemba.survey.boundary.Score;
import org.junit.jupiter.api.Test;

/** Scores and intervals against values worked out by hand (z = 1.96). */
class ScoreMathTest {

    @Test
    void wilsonIntervalOfAShare() {
        Score csat = ScoreMath.share(5, 8);
        assertEquals(62.5, csat.value(), 1e-9);
        assertEquals(30.57, csat.low(), 0.01);
        assertEquals(86.32, csat.high(), 0.01);
        assertEquals(8, csat.n());
    }

    @Test
    void sharesAtTheEdgesStayWithin0And100() {
        Score none = ScoreMath.share(0, 5);
        assertEquals(0.0, none.low(), 1e-9);
        assertTrue(none.high() > 40, "five answers say little");
        Score all = ScoreMath.share(5, 5);
        assertEquals(100.0, all.high(), 1e-9);
        assertTrue(all.low() < 60);
    }

    @Test
    void netPromoterScoreWithItsInterval() {
        Score nps = ScoreMath.nps(4, 2, 8);
        assertEquals(25.0, nps.value(), 1e-9);
        assertEquals(-32.46, nps.low(), 0.01);
        assertEquals(82.46, nps.high(), 0.01);
        assertEquals(-100.0, ScoreMath.nps(0, 3, 3).low(), 1e-9, "clamped at -100");
    }

    @Test
    void meanEffortWithItsInterval() {
        // 7, 6, 5, 4, 3, 2, 1, 7
        Score ces = ScoreMath.mean(8, 35, 189, 1, 7);
        assertEquals(4.375, ces.value(), 1e-9);
        assertEquals(2.806, ces.low(), 0.001);
        assertEquals(5.944, ces.high(), 0.001);
        Score single = ScoreMath.mean(1, 6, 36, 1, 7);
        assertEquals(1.0, single.low(), 1e-9, "one answer: the whole scale");
    }

    @Test
    void noAnswersNoScore() {
        assertNull(ScoreMath.share(0, 0).value());
        assertNull(ScoreMath.nps(0, 0, 0).value());
        assertNull(ScoreMath.mean(0, 0, 0, 1, 7).value());
    }

    @Test
    void samplingBucketsAreStableAndSpread() {
        assertEquals(FatigueRules.bucket("INC-1"), FatigueRules.bucket("INC-1"));
        int below = 0;
        for (int i = 0; i < 10_000; i++) {
            int b = FatigueRules.bucket("INC-" + i);
            assertTrue(b >= 0 && b < 100);
            below += b < 30 ? 1 : 0;
        }
        assertEquals(3000, below, 200, "about 30% of tickets fall below 30");
    }
}
