package dev.gemba.servicelevel.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import dev.gemba.servicelevel.boundary.AgreementCompliance;
import dev.gemba.servicelevel.boundary.AgreementRef;
import dev.gemba.servicelevel.boundary.ComplianceStatus;
import dev.gemba.servicelevel.boundary.TargetDetails;
import dev.gemba.servicelevel.boundary.TierFigure;
import dev.gemba.servicelevel.boundary.Trend;
import dev.gemba.servicelevel.entity.AgreementKind;
import dev.gemba.servicelevel.entity.IncidentPriority;
import dev.gemba.servicelevel.entity.TargetKind;
import org.junit.jupiter.api.Test;

class ComplianceRulesTest {

    private static final AgreementRef SLA =
            new AgreementRef(1, "SLA-MAIL", "Mail for Finance", AgreementKind.SLA, 7, "Mail", 3L, "Finance", null);
    private static final TargetDetails AVAILABILITY =
            target(10, "availability", TargetKind.AVAILABILITY, "99.5", "0.2");
    private static final TargetDetails RESPONSE = target(11, "response-p1", TargetKind.RESPONSE_TIME, "30", "5");
    private static final TargetDetails LEVEL_1 = target(12, "l1", TargetKind.LEVEL_1_RESOLUTION, "80", "3");
    private static final TargetDetails LEVEL_2 = target(13, "l2", TargetKind.LEVEL_2_RESOLUTION, "75", "3");

    private static TargetDetails target(long id, String code, TargetKind kind, String value, String margin) {
        return new TargetDetails(
                id,
                code,
                kind,
                kind.perPriority() ? IncidentPriority.P1 : null,
                null,
                new BigDecimal(value),
                kind.higherIsBetter(),
                new BigDecimal(margin),
                kind.unit());
    }

    private static ComplianceStatus status(String measured, TargetDetails t) {
        return ComplianceRules.status(new BigDecimal(measured), t.targetValue(), t.higherIsBetter(), t.atRiskMargin());
    }

    @Test
    void higherIsBetterIsCompliantBeyondTheMarginAtRiskWithinItAndBreachedBelowTheTarget() {
        assertEquals(ComplianceStatus.COMPLIANT, status("99.80", AVAILABILITY));
        assertEquals(ComplianceStatus.COMPLIANT, status("99.71", AVAILABILITY));
        assertEquals(ComplianceStatus.AT_RISK, status("99.70", AVAILABILITY));
        assertEquals(ComplianceStatus.AT_RISK, status("99.50", AVAILABILITY));
        assertEquals(ComplianceStatus.BREACHED, status("99.49", AVAILABILITY));
    }

    @Test
    void lowerIsBetterTurnsTheMarginAround() {
        assertEquals(ComplianceStatus.COMPLIANT, status("24", RESPONSE));
        assertEquals(ComplianceStatus.AT_RISK, status("25", RESPONSE));
        assertEquals(ComplianceStatus.AT_RISK, status("30", RESPONSE));
        assertEquals(ComplianceStatus.BREACHED, status("30.5", RESPONSE));
    }

    @Test
    void withoutAMarginAMetTargetIsCompliant() {
        assertEquals(
                ComplianceStatus.COMPLIANT,
                ComplianceRules.status(new BigDecimal("90"), new BigDecimal("90"), true, BigDecimal.ZERO));
    }

    @Test
    void anAgreementsMonthsAreCountedScoredAndTrendedAgainstTheMonthBefore() {
        YearMonth jan = YearMonth.of(2026, 1);
        List<MeasuredFigure> figures = new ArrayList<>();
        // December is read only for January's trend
        figures.add(figure(AVAILABILITY, jan.minusMonths(1), "99.9"));
        figures.add(figure(AVAILABILITY, jan, "99.6")); // at risk, worsening
        figures.add(figure(AVAILABILITY, jan.plusMonths(1), "99.4")); // breached, worsening
        figures.add(figure(AVAILABILITY, jan.plusMonths(2), "99.9")); // compliant, improving
        figures.add(figure(RESPONSE, jan, "40")); // breached, unknown (no December)
        figures.add(figure(RESPONSE, jan.plusMonths(1), "20")); // compliant, improving (lower is better)
        figures.add(figure(RESPONSE, jan.plusMonths(2), "20")); // compliant, stable

        AgreementCompliance c = ComplianceRules.agreement(SLA, figures, jan);

        assertEquals(6, c.figures().size());
        var first = c.figures().get(0);
        assertEquals("availability", first.target().code());
        assertEquals(jan, first.period());
        assertEquals(ComplianceStatus.AT_RISK, first.status());
        assertEquals(Trend.WORSENING, first.trend());
        assertEquals(
                List.of(
                        Trend.WORSENING,
                        Trend.WORSENING,
                        Trend.IMPROVING,
                        Trend.UNKNOWN,
                        Trend.IMPROVING,
                        Trend.STABLE),
                c.figures().stream().map(f -> f.trend()).toList());
        assertEquals(2, c.breaches().size());

        assertEquals(3, c.periods().size());
        var january = c.periods().get(0);
        assertEquals(0, january.compliant());
        assertEquals(1, january.atRisk());
        assertEquals(1, january.breached());
        assertEquals(0.25, january.score(), 1e-9);
        assertEquals(ComplianceStatus.BREACHED, january.status());
        assertEquals(0.5, c.periods().get(1).score(), 1e-9);
        assertEquals(1.0, c.periods().get(2).score(), 1e-9);
        // slope of 0.25, 0.5, 1.0 is 0.375 a month
        assertEquals(Trend.IMPROVING, c.trend());
    }

    @Test
    void aGapInTheMonthsLeavesTheTrendUnknown() {
        YearMonth jan = YearMonth.of(2026, 1);
        var c = ComplianceRules.agreement(
                SLA, List.of(figure(AVAILABILITY, jan, "99.9"), figure(AVAILABILITY, jan.plusMonths(2), "99.0")), jan);
        assertEquals(Trend.UNKNOWN, c.figures().get(1).trend());
        assertEquals(Trend.WORSENING, c.trend());
    }

    @Test
    void scoresWithinTwoPointsAMonthAreStable() {
        assertEquals(Trend.STABLE, ComplianceRules.trend(List.of(0.5, 0.51, 0.52)));
        assertEquals(Trend.WORSENING, ComplianceRules.trend(List.of(1.0, 0.5)));
        assertEquals(Trend.UNKNOWN, ComplianceRules.trend(List.of(1.0)));
    }

    @Test
    void tieredSupportFiguresGiveEachLevelsShareOfAllTickets() {
        YearMonth jan = YearMonth.of(2026, 1);
        var c = ComplianceRules.agreement(
                SLA,
                List.of(
                        figure(LEVEL_1, jan, "80"),
                        figure(LEVEL_2, jan, "75"),
                        figure(LEVEL_2, jan.plusMonths(1), "70"),
                        figure(AVAILABILITY, jan, "99.9")),
                jan);
        List<TierFigure> tiers = ComplianceRules.tiers(c.figures());
        assertEquals(3, tiers.size());
        assertEquals(1, tiers.get(0).level());
        assertEquals(0, new BigDecimal("80").compareTo(tiers.get(0).shareOfAll()));
        assertEquals(ComplianceStatus.AT_RISK, tiers.get(0).status());
        // level 2 resolves 75% of the 20% level 1 passes on: 15% of all
        assertEquals(0, new BigDecimal("15").compareTo(tiers.get(1).shareOfAll()));
        assertEquals(ComplianceStatus.AT_RISK, tiers.get(1).status());
        // February: no level 1 figure, so no share of all; 70 misses 75
        assertNull(tiers.get(2).shareOfAll());
        assertEquals(ComplianceStatus.BREACHED, tiers.get(2).status());
    }

    private static MeasuredFigure figure(TargetDetails t, YearMonth period, String value) {
        return new MeasuredFigure(SLA, t, period, new BigDecimal(value));
    }
}
