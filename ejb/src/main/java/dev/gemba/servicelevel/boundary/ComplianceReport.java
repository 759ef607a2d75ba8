package dev.gemba.servicelevel.boundary;

import java.time.YearMonth;
import java.util.List;

/**
 * Compliance of the agreements in a scope over a range of months (both ends included), with the
 * tiered-support figures against their targets.
 */
public record ComplianceReport(
        ComplianceScope scope,
        YearMonth from,
        YearMonth to,
        List<AgreementCompliance> agreements,
        List<TierFigure> tiers) {

    public ComplianceReport {
        agreements = List.copyOf(agreements);
        tiers = List.copyOf(tiers);
    }

    /** Every figure of every agreement. */
    public List<TargetCompliance> figures() {
        return agreements.stream().flatMap(a -> a.figures().stream()).toList();
    }

    /** Every figure that missed its target. */
    public List<TargetCompliance> breaches() {
        return agreements.stream().flatMap(a -> a.breaches().stream()).toList();
    }
}
