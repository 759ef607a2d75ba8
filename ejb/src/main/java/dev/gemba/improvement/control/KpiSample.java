package dev.gemba.improvement.control;

import dev.gemba.improvement.entity.KpiKind;

/**
 * A KPI's sufficient statistics over one window, enough to compare two windows.
 *
 * @param n shares: answers or analysed feedback; volume: the count; NPS: answers; CES: answers
 * @param a shares: hits (negative items, CSAT 4–5); NPS: promoters; CES: sum of scores
 * @param b NPS: detractors; CES: sum of squared scores; otherwise 0
 */
public record KpiSample(KpiKind kind, long n, double a, double b) {

    /** The KPI's value: a percentage, an NPS, a mean or a count; NaN without data. */
    public double value() {
        if (kind == KpiKind.FEEDBACK_VOLUME) {
            return n;
        }
        if (n == 0) {
            return Double.NaN;
        }
        return switch (kind) {
            case NEGATIVE_SHARE, CSAT, AGREEMENT_COMPLIANCE -> 100 * a / n;
            case NPS -> 100 * (a - b) / n;
            case CES -> a / n;
            case FEEDBACK_VOLUME, MANUAL -> throw new IllegalStateException(kind + " has no sample value");
        };
    }

    /** The variance of one observation (shares and NPS in percentage points squared). */
    double unitVariance() {
        return switch (kind) {
            case NEGATIVE_SHARE, CSAT, AGREEMENT_COMPLIANCE -> {
                double p = a / n;
                yield 1e4 * p * (1 - p);
            }
            case NPS -> {
                double pro = a / n;
                double det = b / n;
                double v = pro - det;
                yield 1e4 * Math.max(0, pro + det - v * v);
            }
            case CES -> n < 2 ? 0 : Math.max(0, (b - n * Math.pow(a / n, 2)) / (n - 1));
            case FEEDBACK_VOLUME, MANUAL -> throw new IllegalStateException(kind + " has no unit variance");
        };
    }
}
