package dev.gemba.servicelevel.control;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.gemba.platform.boundary.FieldError;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.servicelevel.boundary.AgreementForm;
import dev.gemba.servicelevel.boundary.TargetForm;
import dev.gemba.servicelevel.entity.AgreementKind;
import dev.gemba.servicelevel.entity.TargetKind;

/**
 * What an agreement's form must satisfy beyond its annotations: an SLA names no support group, an
 * OLA names one and no business unit; targets have unique codes, a priority and a time where their
 * kind needs them, and percentages of at most 100. Stateless.
 */
public final class AgreementRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private AgreementRules() {}

    public static void check(AgreementForm form) {
        List<FieldError> errors = new ArrayList<>();
        boolean ola = form.kind() == AgreementKind.OLA;
        boolean hasGroup = form.supportGroup() != null && !form.supportGroup().isBlank();
        if (ola && !hasGroup) {
            errors.add(new FieldError("supportGroup", text("agreement.ola-needs-group")));
        }
        if (!ola && hasGroup) {
            errors.add(new FieldError("supportGroup", text("agreement.sla-no-group")));
        }
        if (ola && form.businessUnitId() != null) {
            errors.add(new FieldError("businessUnitId", text("agreement.ola-no-unit")));
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < form.targets().size(); i++) {
            TargetForm t = form.targets().get(i);
            String at = "targets[" + i + "].";
            if (t == null || t.kind() == null) {
                errors.add(new FieldError(at + "kind", text("agreement.target-kind-required")));
                continue;
            }
            if (!codes.add(t.effectiveCode().toLowerCase(java.util.Locale.ROOT))) {
                errors.add(new FieldError(at + "code", text("agreement.target-code-twice", t.effectiveCode())));
            }
            if (t.kind().perPriority() && t.priority() == null) {
                errors.add(new FieldError(at + "priority", text("agreement.target-priority-required")));
            }
            if (t.kind().needsTime() && t.withinMinutes() == null) {
                errors.add(new FieldError(at + "withinMinutes", text("agreement.target-time-required")));
            }
            if (t.kind().unit() == TargetKind.Unit.PERCENT
                    && t.targetValue() != null
                    && t.targetValue().compareTo(HUNDRED) > 0) {
                errors.add(new FieldError(at + "targetValue", text("service-level.percent-too-high")));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** A figure for a target: a percentage of at most 100. */
    public static String valueProblem(TargetKind kind, BigDecimal value) {
        if (value.signum() < 0) {
            return text("service-level.value-negative");
        }
        if (kind.unit() == TargetKind.Unit.PERCENT && value.compareTo(HUNDRED) > 0) {
            return text("service-level.percent-too-high");
        }
        return null;
    }
}
