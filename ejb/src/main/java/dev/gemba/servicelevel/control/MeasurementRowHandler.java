package dev.gemba.servicelevel.control;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.gemba.importing.boundary.ImportField;
import dev.gemba.importing.boundary.ImportSettings;
import dev.gemba.importing.boundary.RowHandler;
import dev.gemba.importing.boundary.RowReason;
import dev.gemba.importing.boundary.RowRejected;
import dev.gemba.importing.boundary.StoredRows;
import dev.gemba.security.entity.Role;
import dev.gemba.servicelevel.entity.Agreement;
import dev.gemba.servicelevel.entity.AgreementTarget;
import dev.gemba.servicelevel.entity.MeasurementSource;

/**
 * SLA/OLA measurements as an importable kind: each row is a target's figure for a month, named by
 * the agreement's and the target's codes. Idempotent by agreement, target and month: the same figure
 * again is a duplicate; a different one replaces the month's figure and the replaced one is kept in
 * the history. Relationship managers import for agreements with their business units only.
 */
@ApplicationScoped
@Transactional
public class MeasurementRowHandler implements RowHandler {

    public static final String KIND = "sla-measurements";

    @Inject
    AgreementRepository agreements;

    @Inject
    MeasurementRecorder recorder;

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Set<String> importers() {
        return Set.of(Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME, Role.INTEGRATION_NAME);
    }

    @Override
    public List<ImportField> fields(Map<String, String> options) {
        return List.of(
                ImportField.required(
                        "agreement",
                        text("import.field.agreement"),
                        text("import.agreement-required"),
                        "agreement",
                        "sla",
                        "ola",
                        "vereinbarung"),
                ImportField.required(
                        "target", text("import.field.target"), text("import.target-required"), "target", "ziel"),
                ImportField.required(
                        "period",
                        text("import.field.period"),
                        text("import.period-required"),
                        "period",
                        "month",
                        "monat",
                        "zeitraum"),
                ImportField.required(
                        "measured",
                        text("import.field.measured"),
                        text("import.measured-required"),
                        "measured",
                        "value",
                        "wert",
                        "actual"));
    }

    /** An agreement as rows are checked against it, read once (the converter runs outside a transaction). */
    private record Known(String code, String manager, Map<String, AgreementTarget> targets) {}

    @Override
    public RowConverter reader(ImportSettings settings) {
        Map<String, Known> byCode = new HashMap<>();
        for (Agreement a : agreements.search(null, null, null)) {
            var unit = a.getBusinessUnit();
            String manager = unit == null || unit.getRelationshipManager() == null
                    ? null
                    : unit.getRelationshipManager().getUsername();
            Map<String, AgreementTarget> targets = new HashMap<>();
            a.getTargets().forEach(t -> targets.put(t.getCode().toLowerCase(Locale.ROOT), t));
            byCode.put(a.getCode().toLowerCase(Locale.ROOT), new Known(a.getCode(), manager, targets));
        }
        String manager = agreements.mayImportAnyAgreement(settings.createdBy()) ? null : settings.createdBy();
        YearMonth now = YearMonth.now();
        return row -> {
            String code = row.value("agreement");
            Known agreement = code == null ? null : byCode.get(code.toLowerCase(Locale.ROOT));
            if (agreement == null) {
                throw new RowRejected("agreement", RowReason.of("import.row.no-agreement", String.valueOf(code)));
            }
            if (manager != null && !manager.equals(agreement.manager())) {
                throw new RowRejected("agreement", RowReason.of("import.row.not-yours", code));
            }
            String targetCode = row.value("target");
            AgreementTarget target =
                    targetCode == null ? null : agreement.targets().get(targetCode.toLowerCase(Locale.ROOT));
            if (target == null) {
                throw new RowRejected("target", RowReason.of("import.row.no-target", String.valueOf(targetCode)));
            }
            YearMonth period = period(row.value("period"), now);
            BigDecimal value = number(row.value("measured"));
            String problem = AgreementRules.valueProblem(target.getKind(), value);
            if (problem != null) {
                throw new RowRejected("measured", RowReason.asGiven(problem));
            }
            return new MeasurementRow(row.number(), target.getId(), period, value);
        };
    }

    /** A month as yyyy-MM, a date in it (yyyy-MM-dd), MM/yyyy or MM.yyyy; never in the future. */
    static YearMonth period(String value, YearMonth now) throws RowRejected {
        if (value == null) {
            throw new RowRejected("period", RowReason.of("service-level.month-required"));
        }
        String v = value.strip();
        YearMonth period;
        try {
            if (v.matches("\\d{4}-\\d{1,2}-\\d{1,2}.*")) {
                v = v.substring(0, v.indexOf('-', 5));
            } else if (v.matches("\\d{1,2}[./]\\d{4}")) {
                String[] parts = v.split("[./]");
                v = parts[1] + "-" + parts[0];
            }
            String[] parts = v.split("-");
            if (parts.length != 2) {
                throw new DateTimeParseException(v, v, 0);
            }
            period = YearMonth.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        } catch (RuntimeException e) {
            throw new RowRejected("period", RowReason.of("service-level.not-a-month", value));
        }
        if (period.isAfter(now)) {
            throw new RowRejected("period", RowReason.of("service-level.month-in-future", value));
        }
        return period;
    }

    /** A number with a decimal point or comma, perhaps followed by '%'. */
    static BigDecimal number(String value) throws RowRejected {
        if (value == null) {
            throw new RowRejected("measured", RowReason.of("import.row.not-a-number", ""));
        }
        String v = value.strip().replace("%", "").strip().replace(',', '.');
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw new RowRejected("measured", RowReason.of("import.row.not-a-number", value));
        }
    }

    /** Records the chunk's figures; an unchanged figure is a duplicate, a changed one replaces it. */
    @Override
    public StoredRows store(List<?> rows, ImportSettings settings) {
        Instant now = Instant.now();
        long imported = 0;
        for (Object item : rows) {
            MeasurementRow row = (MeasurementRow) item;
            AgreementTarget target =
                    agreements.findEntity(AgreementTarget.class, row.targetId()).orElse(null);
            if (target == null) {
                continue;
            }
            var outcome = recorder.record(
                    target,
                    row.period(),
                    row.value(),
                    MeasurementSource.IMPORT,
                    settings.createdBy(),
                    now,
                    settings.importId());
            if (outcome != MeasurementRecorder.Outcome.UNCHANGED) {
                imported++;
            }
        }
        return new StoredRows(imported, rows.size() - imported);
    }
}
