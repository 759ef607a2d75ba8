package dev.gemba.servicelevel.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;

import dev.gemba.platform.boundary.FieldError;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.servicelevel.boundary.AgreementForm;
import dev.gemba.servicelevel.boundary.TargetForm;
import dev.gemba.servicelevel.entity.AgreementKind;
import dev.gemba.servicelevel.entity.IncidentPriority;
import dev.gemba.servicelevel.entity.TargetKind;
import org.junit.jupiter.api.Test;

class AgreementRulesTest {

    private static AgreementForm form(AgreementKind kind, Long unit, String group, List<TargetForm> targets) {
        return new AgreementForm("C-1", "Name", kind, 1L, unit, group, null, targets, null);
    }

    private static List<String> fields(AgreementForm form) {
        var e = assertThrows(InvalidInputException.class, () -> AgreementRules.check(form));
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void anOlaNamesASupportGroupAndNoUnitAnSlaNoGroup() {
        assertEquals(List.of("supportGroup", "businessUnitId"), fields(form(AgreementKind.OLA, 5L, null, List.of())));
        assertEquals(List.of("supportGroup"), fields(form(AgreementKind.SLA, null, "L2 apps", List.of())));
        assertDoesNotThrow(() -> AgreementRules.check(form(AgreementKind.OLA, null, "L2 apps", List.of())));
    }

    @Test
    void targetsNeedTheirPriorityTimeUniqueCodesAndPercentagesUpTo100() {
        var noPriority = new TargetForm(null, null, TargetKind.RESOLVED_WITHIN, null, null, null, null, null);
        var tooHigh =
                new TargetForm(null, null, TargetKind.AVAILABILITY, null, null, new BigDecimal("100.1"), null, null);
        var again =
                new TargetForm(null, "availability", TargetKind.CUSTOMER_SATISFACTION, null, null, null, null, null);
        assertEquals(
                List.of("targets[0].priority", "targets[0].withinMinutes", "targets[1].targetValue", "targets[2].code"),
                fields(form(AgreementKind.SLA, null, null, List.of(noPriority, tooHigh, again))));
    }

    @Test
    void codesDeriveFromKindAndPriority() {
        assertEquals(
                "resolved-within-p2",
                new TargetForm(null, " ", TargetKind.RESOLVED_WITHIN, IncidentPriority.P2, 480, null, null, null)
                        .effectiveCode());
        assertEquals("level-3-share", TargetForm.of(TargetKind.LEVEL_3_SHARE).effectiveCode());
    }

    @Test
    void aFigureIsNeverNegativeAndAPercentageAtMost100() {
        assertNull(AgreementRules.valueProblem(TargetKind.RESPONSE_TIME, new BigDecimal("240")));
        assertNotNull(AgreementRules.valueProblem(TargetKind.AVAILABILITY, new BigDecimal("100.01")));
        assertNotNull(AgreementRules.valueProblem(TargetKind.RESPONSE_TIME, new BigDecimal("-1")));
    }
}
