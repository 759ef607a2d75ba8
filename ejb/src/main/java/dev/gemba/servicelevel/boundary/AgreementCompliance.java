package dev.gemba.servicelevel.boundary;

import java.util.List;

/**
 * An agreement's compliance over a range of months.
 *
 * @param figures every measured target and month, by target then month
 * @param periods each measured month's counts and score, oldest first
 * @param trend the direction of the monthly scores over the range (least-squares slope)
 */
public record AgreementCompliance(
        AgreementRef agreement, List<TargetCompliance> figures, List<PeriodCompliance> periods, Trend trend) {

    public AgreementCompliance {
        figures = List.copyOf(figures);
        periods = List.copyOf(periods);
    }

    /** The figures that missed their target. */
    public List<TargetCompliance> breaches() {
        return figures.stream()
                .filter(f -> f.status() == ComplianceStatus.BREACHED)
                .toList();
    }
}
