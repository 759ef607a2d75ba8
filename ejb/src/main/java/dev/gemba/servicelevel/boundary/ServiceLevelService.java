package dev.gemba.servicelevel.boundary;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import dev.gemba.catalog.entity.BusinessUnit;
import dev.gemba.catalog.entity.ItService;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.boundary.RecordNotFoundException;
import dev.gemba.security.entity.Role;
import dev.gemba.servicelevel.control.AgreementRepository;
import dev.gemba.servicelevel.control.ComplianceRules;
import dev.gemba.servicelevel.control.MeasuredFigure;
import dev.gemba.servicelevel.entity.Agreement;
import dev.gemba.servicelevel.entity.Measurement;

/**
 * Compliance of agreements per month (compliant, at risk, breached) with trends and tiered-support
 * figures against their targets, for a business unit, a service or one agreement. Everyone who
 * reads service levels may call it; review packs take their SLA/OLA section from it.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME, Role.STEERING_COMMITTEE_NAME, Role.VIEWER_NAME})
public class ServiceLevelService {

    /** The longest range of months a report covers. */
    public static final int MAX_MONTHS = 60;

    @Inject
    AgreementRepository agreements;

    /** The scope's agreements from {@code from} to {@code to} (months, both included). */
    public ComplianceReport compliance(ComplianceScope scope, YearMonth from, YearMonth to) {
        checkRange(from, to);
        requireScope(scope);
        Map<Long, List<MeasuredFigure>> byAgreement = new LinkedHashMap<>();
        Map<Long, AgreementRef> refs = new LinkedHashMap<>();
        for (Agreement a : agreements.inScope(scope)) {
            refs.put(a.getId(), AgreementRef.of(a));
            byAgreement.put(a.getId(), new ArrayList<>());
        }
        for (Measurement m : agreements.measurements(scope, from.minusMonths(1), to)) {
            long id = m.getTarget().getAgreement().getId();
            AgreementRef ref = refs.get(id);
            if (ref != null) {
                byAgreement
                        .get(id)
                        .add(new MeasuredFigure(ref, TargetDetails.of(m.getTarget()), m.getPeriod(), m.getMeasured()));
            }
        }
        List<AgreementCompliance> result = new ArrayList<>();
        List<TierFigure> tiers = new ArrayList<>();
        byAgreement.forEach((id, figures) -> {
            AgreementCompliance c = ComplianceRules.agreement(refs.get(id), figures, from);
            result.add(c);
            tiers.addAll(ComplianceRules.tiers(c.figures()));
        });
        return new ComplianceReport(scope, from, to, result, tiers);
    }

    /** A business unit's agreements: its SLAs, SLAs with all units and OLAs of the services it consumes. */
    public ComplianceReport complianceForUnit(long businessUnitId, YearMonth from, YearMonth to) {
        return compliance(ComplianceScope.businessUnit(businessUnitId), from, to);
    }

    /** A service's agreements. */
    public ComplianceReport complianceForService(long serviceId, YearMonth from, YearMonth to) {
        return compliance(ComplianceScope.service(serviceId), from, to);
    }

    /** The tiered-support figures of the scope's agreements against their targets. */
    public List<TierFigure> tieredSupport(ComplianceScope scope, YearMonth from, YearMonth to) {
        return compliance(scope, from, to).tiers();
    }

    private void requireScope(ComplianceScope scope) {
        Class<?> type =
                switch (scope.kind()) {
                    case BUSINESS_UNIT -> BusinessUnit.class;
                    case SERVICE -> ItService.class;
                    case AGREEMENT -> Agreement.class;
                };
        if (agreements.findEntity(type, scope.id()).isEmpty()) {
            throw new RecordNotFoundException(scope.kind().name().toLowerCase().replace('_', ' '), scope.id());
        }
    }

    static void checkRange(YearMonth from, YearMonth to) {
        if (from == null) {
            throw new InvalidInputException("from", text("service-level.month-required"));
        }
        if (to == null) {
            throw new InvalidInputException("to", text("service-level.month-required"));
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", text("service-level.to-before-from"));
        }
        if (from.plusMonths(MAX_MONTHS).isBefore(to.plusMonths(1))) {
            throw new InvalidInputException("to", text("service-level.range-too-long", MAX_MONTHS));
        }
    }
}
