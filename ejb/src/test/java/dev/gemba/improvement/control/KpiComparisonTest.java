package dev.gemba.improvement.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gemba.improvement.entity.KpiKind;
import org.junit.jupiter.api.Test;

class KpiComparisonTest {

    @Test
    void aFallingNegativeShareIsAnImprovementWithNewcombesInterval() {
        // 31 of 100 negative before, 12 of 100 after: −19 points, Newcombe's interval −29.8 to −7.7
        var c = KpiComparison.of(
                new KpiSample(KpiKind.NEGATIVE_SHARE, 100, 31, 0),
                new KpiSample(KpiKind.NEGATIVE_SHARE, 100, 12, 0),
                false);
        assertEquals(-19.0, c.difference(), 1e-9);
        assertEquals(-29.85, c.lower(), 0.01);
        assertEquals(-7.66, c.upper(), 0.01);
        assertEquals(Verdict.IMPROVED, c.verdict());
    }

    @Test
    void aSmallMoveOnFewAnswersIsNoDetectableChange() {
        var c = KpiComparison.of(
                new KpiSample(KpiKind.NEGATIVE_SHARE, 20, 6, 0),
                new KpiSample(KpiKind.NEGATIVE_SHARE, 20, 5, 0),
                false);
        assertEquals(Verdict.NO_DETECTABLE_CHANGE, c.verdict());
    }

    @Test
    void aFallingCsatIsWorse() {
        var c = KpiComparison.of(
                new KpiSample(KpiKind.CSAT, 200, 160, 0), new KpiSample(KpiKind.CSAT, 200, 120, 0), true);
        assertEquals(-20.0, c.difference(), 1e-9);
        assertEquals(Verdict.WORSE, c.verdict());
    }

    @Test
    void cesMeansCompareWithTheirVariances() {
        // before: 50 answers of 3 and 50 of 5 (mean 4, sd ≈ 1.005); after: all 6 (sd 0)
        var before = new KpiSample(KpiKind.CES, 100, 400, 50 * 9 + 50 * 25);
        var after = new KpiSample(KpiKind.CES, 100, 600, 100 * 36);
        var c = KpiComparison.of(before, after, true);
        assertEquals(2.0, c.difference(), 1e-9);
        assertEquals(2.0 - 1.96 * Math.sqrt(100.0 / 99 / 100), c.lower(), 0.001);
        assertEquals(Verdict.IMPROVED, c.verdict());
    }

    @Test
    void volumeDifferenceUsesPoissonCounts() {
        var c = KpiComparison.of(
                new KpiSample(KpiKind.FEEDBACK_VOLUME, 41, 0, 0),
                new KpiSample(KpiKind.FEEDBACK_VOLUME, 12, 0, 0),
                false);
        assertEquals(-29, c.difference(), 1e-9);
        assertEquals(-29 + 1.96 * Math.sqrt(53), c.upper(), 0.01);
        assertEquals(Verdict.IMPROVED, c.verdict());
    }

    @Test
    void anEmptyWindowIsNotYetMeasurable() {
        var c = KpiComparison.of(new KpiSample(KpiKind.NPS, 30, 10, 5), new KpiSample(KpiKind.NPS, 0, 0, 0), true);
        assertEquals(Verdict.NOT_YET_MEASURABLE, c.verdict());
    }

    @Test
    void manualValuesHaveNoInterval() {
        var c = KpiComparison.manual(40, 25, false);
        assertEquals(Verdict.IMPROVED, c.verdict());
        assertEquals(Double.NaN, c.lower());
    }
}
