package dev.gemba.servicelevel.boundary;

import java.time.YearMonth;

/**
 * How an agreement's measured targets stood in one month.
 *
 * @param score the month's compliance score from 0 to 1: compliant targets count 1, at-risk ones ½,
 *     breached ones 0, averaged over the targets measured
 */
public record PeriodCompliance(YearMonth period, int compliant, int atRisk, int breached, double score) {

    /** The worst status of the month. */
    public ComplianceStatus status() {
        return breached > 0
                ? ComplianceStatus.BREACHED
                : atRisk > 0 ? ComplianceStatus.AT_RISK : ComplianceStatus.COMPLIANT;
    }
}
