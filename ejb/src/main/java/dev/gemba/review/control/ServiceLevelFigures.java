package dev.gemba.review.control;

import java.time.YearMonth;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import dev.gemba.security.entity.Role;
import dev.gemba.servicelevel.boundary.ComplianceReport;
import dev.gemba.servicelevel.boundary.ServiceLevelService;

/**
 * Reads compliance from the service-level feature in a transaction of its own, so that a failure
 * there costs the pack its SLA/OLA section, not the whole pack (or the review being published).
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME, Role.STEERING_COMMITTEE_NAME, Role.VIEWER_NAME})
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ServiceLevelFigures {

    @EJB
    ServiceLevelService serviceLevels;

    public ComplianceReport forUnit(long unitId, YearMonth from, YearMonth to) {
        return serviceLevels.complianceForUnit(unitId, from, to);
    }

    public ComplianceReport forService(long serviceId, YearMonth from, YearMonth to) {
        return serviceLevels.complianceForService(serviceId, from, to);
    }
}
