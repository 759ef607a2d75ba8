package dev.gemba.finding.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Reference values computed with R (binom.test, fisher.test, p.adjust). */
class SignalStatisticsTest {

    @Test
    void binomialUpperTailMatchesR() {
        // 1 - pbinom(7, 10, 0.5) = 0.0546875
        assertEquals(0.0546875, SignalStatistics.binomialUpperTail(8, 10, 0.5), 1e-12);
        // 1 - pbinom(29, 100, 0.2) = 0.01124897
        assertEquals(0.01124897, SignalStatistics.binomialUpperTail(30, 100, 0.2), 1e-7);
        assertEquals(1.0, SignalStatistics.binomialUpperTail(0, 100, 0.2), 1e-12);
        assertEquals(0.0, SignalStatistics.binomialUpperTail(101, 100, 0.2), 1e-12);
    }

    @Test
    void fisherOneSidedMatchesR() {
        // fisher.test(matrix(c(7,3,1,9),2), alternative="greater")$p.value = 0.009883
        assertEquals(0.0098833, SignalStatistics.fisherGreater(7, 10, 1, 10), 1e-6);
        // the tea-tasting table: fisher.test(matrix(c(3,1,1,3),2), alternative="greater") = 0.2428571
        assertEquals(0.2428571, SignalStatistics.fisherGreater(3, 4, 1, 4), 1e-6);
    }

    @Test
    void logFactorialIsExactAcrossTheSwitchToStirling() {
        double exact = 0;
        for (int i = 1; i <= 1000; i++) {
            exact += Math.log(i);
        }
        assertEquals(exact, SignalStatistics.logFactorial(1000), 1e-9);
    }

    @Test
    void benjaminiHochbergMatchesPAdjust() {
        // p.adjust(c(0.01, 0.04, 0.03, 0.005), "BH") = 0.02 0.04 0.04 0.02
        assertArrayEquals(
                new double[] {0.02, 0.04, 0.04, 0.02},
                SignalStatistics.benjaminiHochberg(new double[] {0.01, 0.04, 0.03, 0.005}),
                1e-12);
    }
}
