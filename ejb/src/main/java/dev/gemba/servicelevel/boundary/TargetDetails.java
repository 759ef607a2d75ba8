package dev.gemba.servicelevel.boundary;

import java.math.BigDecimal;

import dev.gemba.servicelevel.entity.AgreementTarget;
import dev.gemba.servicelevel.entity.IncidentPriority;
import dev.gemba.servicelevel.entity.TargetKind;

/**
 * A target of an agreement.
 *
 * @param unit PERCENT or MINUTES, the unit of the target's and its measurements' values
 * @param withinMinutes for RESOLVED_WITHIN: the time within which incidents are to be resolved
 * @param atRiskMargin how close to the target (in the target's unit) a met figure counts as at risk
 */
public record TargetDetails(
        long id,
        String code,
        TargetKind kind,
        IncidentPriority priority,
        Integer withinMinutes,
        BigDecimal targetValue,
        boolean higherIsBetter,
        BigDecimal atRiskMargin,
        TargetKind.Unit unit) {

    public static TargetDetails of(AgreementTarget t) {
        return new TargetDetails(
                t.getId(),
                t.getCode(),
                t.getKind(),
                t.getPriority(),
                t.getWithinMinutes(),
                t.getTargetValue(),
                t.isHigherIsBetter(),
                t.getAtRiskMargin(),
                t.getKind().unit());
    }
}
