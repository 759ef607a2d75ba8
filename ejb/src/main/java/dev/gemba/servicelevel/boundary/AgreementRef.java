package dev.gemba.servicelevel.boundary;

import dev.gemba.servicelevel.entity.Agreement;
import dev.gemba.servicelevel.entity.AgreementKind;

/**
 * An agreement as reports name it.
 *
 * @param businessUnitId the SLA's business unit; null for an SLA with all units and for an OLA
 * @param supportGroup the OLA's internal support group; null for an SLA
 */
public record AgreementRef(
        long id,
        String code,
        String name,
        AgreementKind kind,
        long serviceId,
        String serviceName,
        Long businessUnitId,
        String businessUnitName,
        String supportGroup) {

    public static AgreementRef of(Agreement a) {
        var unit = a.getBusinessUnit();
        return new AgreementRef(
                a.getId(),
                a.getCode(),
                a.getName(),
                a.getKind(),
                a.getService().getId(),
                a.getService().getName(),
                unit == null ? null : unit.getId(),
                unit == null ? null : unit.getName(),
                a.getSupportGroup());
    }
}
