package dev.gemba.improvement.boundary;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import dev.gemba.improvement.control.ImprovementRepository;
import dev.gemba.improvement.control.ManualKpiHistory;
import dev.gemba.improvement.entity.ImprovementItem;
import dev.gemba.improvement.entity.KpiKind;
import dev.gemba.improvement.entity.KpiValue;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.boundary.NotPermittedException;
import dev.gemba.platform.boundary.RecordNotFoundException;
import dev.gemba.platform.boundary.RuleViolationException;
import dev.gemba.platform.control.InputValidator;
import dev.gemba.security.entity.Role;

/**
 * A manual KPI's values, entered by hand with the day they were measured: everyone reads the
 * history; the item's owner, proposers (relationship managers, the service desk) and admins enter
 * values. The newest value becomes the item's current value; the outcome is computed from them.
 */
@Stateless
@RolesAllowed(Role.PERSON_NAME)
public class KpiValueService {

    @Inject
    ImprovementRepository items;

    @Inject
    InputValidator validator;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemUTC();

    public List<KpiValueEntry> values(long itemId) {
        return items.kpiValues(load(itemId)).stream().map(KpiValueEntry::of).toList();
    }

    /** Enters a value; 409 for a measured KPI, which Gemba measures itself. */
    public List<KpiValueEntry> enter(long itemId, KpiValueForm form) {
        validator.check(form);
        ImprovementItem item = load(itemId);
        mayEnter(item);
        if (item.getKpiKind() != KpiKind.MANUAL) {
            throw new RuleViolationException("kpi-values.manual-only", text("improvement.kpi-values.manual-only"));
        }
        var today = clock.instant().atOffset(ZoneOffset.UTC).toLocalDate();
        if (form.measuredOn().isAfter(today)) {
            throw new InvalidInputException("measuredOn", text("improvement.kpi-values.future"));
        }
        if (form.value().isNaN() || form.value().isInfinite()) {
            throw new InvalidInputException("value", text("improvement.kpi-values.number"));
        }
        String note = form.note() == null || form.note().isBlank()
                ? null
                : form.note().strip();
        items.record(new KpiValue(
                item,
                form.measuredOn(),
                form.value(),
                note,
                session.getCallerPrincipal().getName(),
                clock.instant()));
        items.flush();
        List<KpiValue> all = items.kpiValues(item);
        ManualKpiHistory.ofValues(all).latest().ifPresent(d -> item.setManualCurrentValue(d.value()));
        return all.stream().map(KpiValueEntry::of).toList();
    }

    private void mayEnter(ImprovementItem item) {
        boolean editor = session.isCallerInRole(Role.ADMIN_NAME)
                || session.isCallerInRole(Role.RELATIONSHIP_MANAGER_NAME)
                || session.isCallerInRole(Role.SERVICE_DESK_NAME);
        if (!editor && !session.getCallerPrincipal().getName().equals(item.getOwner())) {
            throw new NotPermittedException(text("improvement.not-yours"));
        }
    }

    private ImprovementItem load(long id) {
        return items.find(id).orElseThrow(() -> new RecordNotFoundException("improvement item", id));
    }
}
