package dev.gemba.servicelevel.boundary;

import java.math.BigDecimal;
import java.time.YearMonth;

/**
 * One target's figure for one month against its target value.
 *
 * @param measured the current figure (after any correction)
 * @param targetValue the value the target asks for
 * @param trend against the target's figure of the month before (UNKNOWN when there is none)
 */
public record TargetCompliance(
        AgreementRef agreement,
        TargetDetails target,
        YearMonth period,
        BigDecimal measured,
        BigDecimal targetValue,
        ComplianceStatus status,
        Trend trend) {}
