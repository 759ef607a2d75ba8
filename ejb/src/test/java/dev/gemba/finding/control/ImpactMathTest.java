package dev.gemba.finding.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Reference values from Newcombe (1998), Statistics in Medicine 17, tables II and IV. */
class ImpactMathTest {

    @Test
    void wilsonIntervalMatchesNewcombesTable() {
        // 81/263: 0.3080 (0.2553, 0.3662); 15/148: 0.1014 (0.0624, 0.1605)
        var a = ImpactMath.share(81, 263);
        assertEquals(30.80, a.percent(), 0.01);
        assertEquals(25.53, a.low(), 0.01);
        assertEquals(36.62, a.high(), 0.01);
        var b = ImpactMath.share(15, 148);
        assertEquals(6.24, b.low(), 0.01);
        assertEquals(16.05, b.high(), 0.01);
    }

    @Test
    void wilsonIntervalStaysInsideZeroAndHundredAtTheEdges() {
        var none = ImpactMath.share(0, 10);
        assertEquals(0.0, none.low(), 1e-9);
        assertEquals(27.75, none.high(), 0.01);
        var all = ImpactMath.share(10, 10);
        assertEquals(100.0, all.high(), 1e-9);
        assertEquals(72.25, all.low(), 0.01);
    }

    @Test
    void newcombeIntervalOfADifferenceMatchesMethodTen() {
        // 56/70 − 48/80 = 0.2000 (0.0524, 0.3339); 9/10 − 3/10 = 0.6000 (0.1705, 0.8090)
        var c = ImpactMath.change(56, 70, 48, 80);
        assertEquals(20.00, c.points(), 0.01);
        assertEquals(5.24, c.low(), 0.01);
        assertEquals(33.39, c.high(), 0.01);
        assertTrue(c.significant());
        var d = ImpactMath.change(9, 10, 3, 10);
        assertEquals(17.05, d.low(), 0.01);
        assertEquals(80.90, d.high(), 0.01);
    }

    @Test
    void aChangeWhoseIntervalHoldsZeroIsNotSignificant() {
        // 5/56 − 0/29 = 0.0893 (−0.0381, 0.1926)
        var c = ImpactMath.change(5, 56, 0, 29);
        assertEquals(-3.81, c.low(), 0.01);
        assertEquals(19.26, c.high(), 0.01);
        assertFalse(c.significant());
    }

    @Test
    void nothingToCompareGivesNoChange() {
        assertNull(ImpactMath.change(3, 10, 0, 0).points());
        assertNull(ImpactMath.share(0, 0).percent());
    }

    @Test
    void npsAndMeanCarryTheirIntervals() {
        // 50 promoters, 20 detractors of 100: NPS 30, se = sqrt((0.7 − 0.09)/100) = 0.0781
        var nps = ImpactMath.nps(50, 20, 100);
        assertEquals(30.0, nps.value(), 1e-9);
        assertEquals(30.0 - 100 * ImpactMath.Z * Math.sqrt(0.61 / 100), nps.low(), 1e-9);
        // scores 1,2,3,4,5: mean 3, sd sqrt(2.5)
        var mean = ImpactMath.mean(5, 15, 55, 1, 7);
        assertEquals(3.0, mean.value(), 1e-9);
        assertEquals(3.0 - ImpactMath.Z * Math.sqrt(2.5 / 5), mean.low(), 1e-9);
    }
}
