package dev.gemba.servicelevel.boundary;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import dev.gemba.catalog.entity.BusinessUnit;
import dev.gemba.catalog.entity.ItService;
import dev.gemba.platform.boundary.DuplicateException;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.boundary.NotPermittedException;
import dev.gemba.platform.boundary.RecordNotFoundException;
import dev.gemba.platform.boundary.StaleUpdateException;
import dev.gemba.platform.control.InputValidator;
import dev.gemba.security.entity.Role;
import dev.gemba.servicelevel.control.AgreementRepository;
import dev.gemba.servicelevel.control.AgreementRules;
import dev.gemba.servicelevel.control.MeasurementRecorder;
import dev.gemba.servicelevel.entity.Agreement;
import dev.gemba.servicelevel.entity.AgreementTarget;
import dev.gemba.servicelevel.entity.MeasurementSource;

/**
 * Agreements per service with their targets, and their measurements. Admins manage every agreement;
 * relationship managers those with a business unit they manage; integrations (an ITSM) and admins
 * post measurements for any agreement; the steering committee and viewers read.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME, Role.STEERING_COMMITTEE_NAME, Role.VIEWER_NAME})
public class AgreementService {

    @Inject
    AgreementRepository agreements;

    @Inject
    MeasurementRecorder recorder;

    @Inject
    InputValidator validator;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemUTC();

    /** Agreements, filtered by service, business unit and kind (SLA, OLA) where given. */
    public List<AgreementDetails> list(Long serviceId, Long businessUnitId, String kind) {
        return agreements.search(serviceId, businessUnitId, kind).stream()
                .map(a -> AgreementDetails.of(a, mayChange(a)))
                .toList();
    }

    public AgreementDetails get(long id) {
        Agreement a = load(id);
        return AgreementDetails.of(a, mayChange(a));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
    public AgreementDetails create(AgreementForm form) {
        validator.check(form);
        AgreementRules.check(form);
        requireUniqueCode(form.code(), null);
        Agreement a = new Agreement(caller());
        apply(a, form);
        requireMayChange(a);
        agreements.store(a);
        agreements.flush();
        return AgreementDetails.of(a, true);
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
    public AgreementDetails change(long id, AgreementForm form) {
        validator.check(form);
        AgreementRules.check(form);
        Agreement a = load(id);
        requireMayChange(a);
        if (form.version() == null) {
            throw new InvalidInputException("version", text("version.required"));
        }
        if (form.version() != a.getVersion()) {
            throw new StaleUpdateException("agreement", id, form.version(), a.getVersion());
        }
        requireUniqueCode(form.code(), id);
        apply(a, form);
        requireMayChange(a);
        agreements.flush();
        return AgreementDetails.of(a, true);
    }

    /** Deletes an agreement with its targets and measurements. */
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
    public void delete(long id) {
        Agreement a = load(id);
        requireMayChange(a);
        agreements.remove(a);
    }

    /** The agreement's current figures, newest month first, then the figures corrections replaced. */
    public List<MeasurementEntry> measurements(long id) {
        Agreement a = load(id);
        List<MeasurementEntry> entries = new ArrayList<>();
        agreements.measurements(a).forEach(m -> entries.add(MeasurementEntry.of(m)));
        agreements.superseded(a).forEach(h -> entries.add(MeasurementEntry.of(h)));
        return entries;
    }

    /** Records a target's figure for a month; a different figure for a recorded month replaces it. */
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME, Role.INTEGRATION_NAME})
    public RecordedMeasurement record(long id, MeasurementForm form) {
        validator.check(form);
        Agreement a = load(id);
        if (!session.isCallerInRole(Role.INTEGRATION_NAME)) {
            requireMayChange(a);
        }
        AgreementTarget target = target(a, form.target());
        YearMonth period = period(form.period());
        String problem = AgreementRules.valueProblem(target.getKind(), form.value());
        if (problem != null) {
            throw new InvalidInputException("value", problem);
        }
        var outcome =
                recorder.record(target, period, form.value(), MeasurementSource.REST, caller(), clock.instant(), null);
        agreements.flush();
        var current = agreements.measurement(target, period).orElseThrow();
        return new RecordedMeasurement(outcome.name(), MeasurementEntry.of(current));
    }

    /** Whether the caller may change the agreement: admins, and the relationship manager of its unit. */
    private boolean mayChange(Agreement a) {
        if (session.isCallerInRole(Role.ADMIN_NAME)) {
            return true;
        }
        BusinessUnit unit = a.getBusinessUnit();
        return session.isCallerInRole(Role.RELATIONSHIP_MANAGER_NAME)
                && unit != null
                && unit.getRelationshipManager() != null
                && caller().equals(unit.getRelationshipManager().getUsername());
    }

    private void requireMayChange(Agreement a) {
        if (!mayChange(a)) {
            throw new NotPermittedException(text("agreement.not-yours"));
        }
    }

    private AgreementTarget target(Agreement a, String code) {
        String wanted = code.strip();
        return a.getTargets().stream()
                .filter(t -> t.getCode().equalsIgnoreCase(wanted)
                        || String.valueOf(t.getId()).equals(wanted))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("target", text("agreement.no-target", wanted)));
    }

    private YearMonth period(String text) {
        YearMonth period;
        try {
            period = YearMonth.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("period", text("service-level.not-a-month", text));
        }
        if (period.isAfter(YearMonth.now(clock))) {
            throw new InvalidInputException("period", text("service-level.month-in-future", text));
        }
        return period;
    }

    private void apply(Agreement a, AgreementForm form) {
        ItService service = agreements
                .findEntity(ItService.class, form.serviceId())
                .orElseThrow(() -> new InvalidInputException("serviceId", text("agreement.no-service")));
        BusinessUnit unit = form.businessUnitId() == null
                ? null
                : agreements
                        .findEntity(BusinessUnit.class, form.businessUnitId())
                        .orElseThrow(() -> new InvalidInputException("businessUnitId", text("agreement.no-unit")));
        a.describe(
                form.code().strip(),
                form.name().strip(),
                form.kind(),
                service,
                unit,
                InputValidator.blankToNull(form.supportGroup()),
                InputValidator.blankToNull(form.notes()));
        Map<Long, AgreementTarget> existing = a.getTargets().stream()
                .filter(t -> t.getId() != null)
                .collect(Collectors.toMap(AgreementTarget::getId, Function.identity()));
        List<AgreementTarget> kept = new ArrayList<>();
        java.util.Set<Long> named = new java.util.HashSet<>();
        form.targets().forEach(t -> named.add(t.id()));
        for (int i = 0; i < form.targets().size(); i++) {
            TargetForm t = form.targets().get(i);
            AgreementTarget target = t.id() == null ? null : existing.get(t.id());
            if (t.id() != null && target == null) {
                throw new InvalidInputException("targets[" + i + "].id", text("agreement.no-target", t.id()));
            }
            if (target == null) {
                // a target given again under its code (removed and added back) keeps its figures
                target = existing.values().stream()
                        .filter(e -> e.getCode().equalsIgnoreCase(t.effectiveCode()))
                        .filter(e -> !kept.contains(e) && !named.contains(e.getId()))
                        .findFirst()
                        .orElseGet(() -> new AgreementTarget(t.effectiveCode(), t.kind()));
            }
            target.define(
                    t.effectiveCode(),
                    t.kind(),
                    t.priority(),
                    t.withinMinutes(),
                    t.targetValue() == null ? t.kind().defaultTarget() : t.targetValue(),
                    t.higherIsBetter() == null ? t.kind().higherIsBetter() : t.higherIsBetter(),
                    t.atRiskMargin() == null ? t.kind().defaultMargin() : t.atRiskMargin());
            kept.add(target);
        }
        a.keepTargets(kept);
    }

    private void requireUniqueCode(String code, Long id) {
        agreements.findByCode(code.strip()).ifPresent(other -> {
            if (!other.getId().equals(id)) {
                throw new DuplicateException("code", text("agreement.code-taken", code.strip()));
            }
        });
    }

    private Agreement load(long id) {
        return agreements.find(id).orElseThrow(() -> new RecordNotFoundException("agreement", id));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
