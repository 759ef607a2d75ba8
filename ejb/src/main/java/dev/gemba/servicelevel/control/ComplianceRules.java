package dev.gemba.servicelevel.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.gemba.servicelevel.boundary.AgreementCompliance;
import dev.gemba.servicelevel.boundary.AgreementRef;
import dev.gemba.servicelevel.boundary.ComplianceStatus;
import dev.gemba.servicelevel.boundary.PeriodCompliance;
import dev.gemba.servicelevel.boundary.TargetCompliance;
import dev.gemba.servicelevel.boundary.TierFigure;
import dev.gemba.servicelevel.boundary.Trend;
import dev.gemba.servicelevel.entity.TargetKind;

/**
 * How figures stand against targets. A figure that misses its target is breached; one that meets
 * it by less than the target's at-risk margin is at risk (a target met exactly is at risk whenever
 * the margin is above zero); any other is compliant. An agreement's trend is the least-squares
 * slope of its monthly scores: stable within ±{@value #STABLE_SLOPE} a month. Stateless.
 */
public final class ComplianceRules {

    /** The monthly change of an agreement's score (0 to 1) below which it counts as stable. */
    static final double STABLE_SLOPE = 0.02;

    private ComplianceRules() {}

    public static ComplianceStatus status(
            BigDecimal measured, BigDecimal target, boolean higherIsBetter, BigDecimal margin) {
        int sign = higherIsBetter ? 1 : -1;
        BigDecimal lead = measured.subtract(target).multiply(BigDecimal.valueOf(sign));
        if (lead.signum() < 0) {
            return ComplianceStatus.BREACHED;
        }
        return margin.signum() > 0 && lead.compareTo(margin) <= 0
                ? ComplianceStatus.AT_RISK
                : ComplianceStatus.COMPLIANT;
    }

    /** The move from one month's figure to the next, in the target's direction. */
    public static Trend step(BigDecimal previous, BigDecimal current, boolean higherIsBetter) {
        if (previous == null) {
            return Trend.UNKNOWN;
        }
        int move = current.compareTo(previous) * (higherIsBetter ? 1 : -1);
        return move > 0 ? Trend.IMPROVING : move < 0 ? Trend.WORSENING : Trend.STABLE;
    }

    /** The direction of monthly scores, oldest first; UNKNOWN for fewer than two. */
    public static Trend trend(List<Double> scores) {
        int n = scores.size();
        if (n < 2) {
            return Trend.UNKNOWN;
        }
        double meanX = (n - 1) / 2.0;
        double meanY =
                scores.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (i - meanX) * (scores.get(i) - meanY);
            sxx += (i - meanX) * (i - meanX);
        }
        double slope = sxy / sxx;
        return slope > STABLE_SLOPE ? Trend.IMPROVING : slope < -STABLE_SLOPE ? Trend.WORSENING : Trend.STABLE;
    }

    /**
     * An agreement's compliance from its figures, which may include the month before {@code from}
     * (used only for the first month's trend).
     */
    public static AgreementCompliance agreement(AgreementRef agreement, List<MeasuredFigure> figures, YearMonth from) {
        List<MeasuredFigure> sorted = new ArrayList<>(figures);
        sorted.sort(
                Comparator.comparing((MeasuredFigure f) -> f.target().code()).thenComparing(MeasuredFigure::period));
        Map<Long, BigDecimal> previous = new HashMap<>();
        Map<Long, YearMonth> previousPeriod = new HashMap<>();
        List<TargetCompliance> rows = new ArrayList<>();
        Map<YearMonth, int[]> counts = new TreeMap<>();
        for (MeasuredFigure f : sorted) {
            long target = f.target().id();
            YearMonth before = previousPeriod.get(target);
            BigDecimal last = before != null && before.plusMonths(1).equals(f.period()) ? previous.get(target) : null;
            previous.put(target, f.measured());
            previousPeriod.put(target, f.period());
            if (f.period().isBefore(from)) {
                continue;
            }
            var status = status(
                    f.measured(),
                    f.target().targetValue(),
                    f.target().higherIsBetter(),
                    f.target().atRiskMargin());
            rows.add(new TargetCompliance(
                    agreement,
                    f.target(),
                    f.period(),
                    f.measured(),
                    f.target().targetValue(),
                    status,
                    step(last, f.measured(), f.target().higherIsBetter())));
            counts.computeIfAbsent(f.period(), p -> new int[3])[status.ordinal()]++;
        }
        List<PeriodCompliance> periods = new ArrayList<>();
        counts.forEach((period, c) -> periods.add(
                new PeriodCompliance(period, c[0], c[1], c[2], (c[0] + c[1] / 2.0) / (c[0] + c[1] + c[2]))));
        Trend trend = trend(periods.stream().map(PeriodCompliance::score).toList());
        return new AgreementCompliance(agreement, rows, periods, trend);
    }

    /** The tiered-support figures among an agreement's, with each level's share of all tickets. */
    public static List<TierFigure> tiers(List<TargetCompliance> figures) {
        Map<YearMonth, BigDecimal> levelOne = new LinkedHashMap<>();
        figures.stream()
                .filter(f -> f.target().kind() == TargetKind.LEVEL_1_RESOLUTION)
                .forEach(f -> levelOne.putIfAbsent(f.period(), f.measured()));
        List<TierFigure> tiers = new ArrayList<>();
        for (TargetCompliance f : figures) {
            int level = f.target().kind().supportLevel();
            if (level == 0) {
                continue;
            }
            BigDecimal share = f.measured();
            if (level == 2) {
                BigDecimal one = levelOne.get(f.period());
                share = one == null
                        ? null
                        : BigDecimal.valueOf(100)
                                .subtract(one)
                                .multiply(f.measured())
                                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
            }
            tiers.add(
                    new TierFigure(f.agreement(), f.period(), level, f.measured(), share, f.targetValue(), f.status()));
        }
        tiers.sort(Comparator.comparing(TierFigure::period).thenComparing(TierFigure::level));
        return tiers;
    }
}
