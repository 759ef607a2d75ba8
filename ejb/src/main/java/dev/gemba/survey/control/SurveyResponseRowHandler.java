package dev.gemba.survey.control;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.gemba.catalog.boundary.CatalogNames;
import dev.gemba.catalog.entity.BusinessUnit;
import dev.gemba.catalog.entity.ItService;
import dev.gemba.feedback.entity.SupportTier;
import dev.gemba.importing.boundary.ImportField;
import dev.gemba.importing.boundary.ImportOption;
import dev.gemba.importing.boundary.ImportSettings;
import dev.gemba.importing.boundary.ImportValues;
import dev.gemba.importing.boundary.MappedRow;
import dev.gemba.importing.boundary.RowHandler;
import dev.gemba.importing.boundary.RowReason;
import dev.gemba.importing.boundary.RowRejected;
import dev.gemba.importing.boundary.StoredRows;
import dev.gemba.platform.boundary.CallerLocale;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.survey.entity.QuestionType;
import dev.gemba.survey.entity.Survey;
import dev.gemba.survey.entity.SurveyKind;
import dev.gemba.survey.entity.SurveyQuestion;
import dev.gemba.survey.entity.SurveyResponse;
import dev.gemba.survey.entity.SurveyVersion;
import dev.gemba.touchpoint.entity.LifecyclePhase;

/**
 * Survey responses exported from another tool as an importable kind: rows become responses to the
 * chosen survey's current version, checked exactly as the response page checks answers (choice
 * answers may be the choice's English or German text, or its number from 1). Comments go to the
 * feedback inbox like any survey answer. Idempotent by the response's external id.
 */
@ApplicationScoped
@Transactional
public class SurveyResponseRowHandler implements RowHandler {

    public static final String KIND = "survey-responses";
    static final String SURVEY_ID = "surveyId";
    static final String ANSWER = "answer.";

    @Inject
    SurveyRepository surveys;

    @EJB
    ResponseRecorder recorder;

    @EJB
    CatalogNames catalog;

    @Override
    public String kind() {
        return KIND;
    }

    /** Small chunks: each response stores answers, perhaps a comment and a follow-up. */
    @Override
    public int chunkSize() {
        return 200;
    }

    @Override
    public List<ImportOption> options() {
        return List.of(new ImportOption(
                SURVEY_ID,
                text("import.option.surveyId"),
                surveys.list().stream()
                        .filter(s -> !s.isRetired())
                        .map(s -> new ImportOption.Choice(String.valueOf(s.getId()), s.label()))
                        .toList(),
                null));
    }

    @Override
    public List<ImportField> fields(Map<String, String> options) {
        SurveyVersion version = survey(options.get(SURVEY_ID)).current();
        List<ImportField> fields = new ArrayList<>(List.of(
                ImportField.rowId("externalId", text("import.field.responseId"), text("import.response-id-required")),
                ImportField.optional(
                        "submittedAt", text("import.field.submittedAt"), "submitted", "date", "time", "datum"),
                ImportField.optional("contactName", text("import.field.contactName"), "contact", "respondent", "name"),
                ImportField.optional("contactEmail", text("import.field.contactEmail"), "email", "e-mail", "mail"),
                ImportField.optional(
                        "businessUnit", text("import.field.businessUnit"), "business unit", "department", "unit"),
                ImportField.optional("service", text("import.field.service"), "service", "dienst", "application"),
                ImportField.optional("tier", text("import.field.tier"), "tier", "level")));
        String language = CallerLocale.current().getLanguage();
        for (SurveyQuestion q : version.getQuestions()) {
            fields.add(ImportField.optional(
                    ANSWER + q.getCode(),
                    q.getCode() + ": " + q.text(language),
                    q.getCode().toLowerCase(Locale.ROOT)));
        }
        return fields;
    }

    private Survey survey(String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidInputException(SURVEY_ID, text("import.survey-required"));
        }
        try {
            return surveys.find(Long.parseLong(id.strip()))
                    .orElseThrow(() -> new InvalidInputException(SURVEY_ID, text("survey.unknown", id)));
        } catch (NumberFormatException e) {
            throw new InvalidInputException(SURVEY_ID, text("survey.unknown", id));
        }
    }

    @Override
    public RowConverter reader(ImportSettings settings) {
        SurveyVersion version = survey(settings.option(SURVEY_ID)).current();
        version.getQuestions().size();
        Map<String, Long> units = catalog.businessUnits();
        Map<String, Long> services = catalog.services();
        return row -> {
            String externalId = row.value("externalId");
            if (externalId == null) {
                throw new RowRejected("externalId", RowReason.of("import.row.response-id-empty"));
            }
            if (externalId.length() > 120) {
                throw new RowRejected("externalId", RowReason.of("import.row.too-long", 120));
            }
            Map<String, String> answers = new LinkedHashMap<>();
            for (SurveyQuestion q : version.getQuestions()) {
                String value = row.value(ANSWER + q.getCode());
                if (value != null) {
                    answers.put(q.getCode(), choiceIndex(q, value));
                }
            }
            try {
                answers = ResponseRecorder.checked(version, answers);
            } catch (InvalidInputException e) {
                throw new RowRejected(
                        ANSWER + e.errors().get(0).field(),
                        RowReason.asGiven(e.errors().get(0).message()));
            }
            Instant submittedAt = ImportValues.pastInstant(row, "submittedAt", settings.timeZone());
            return new ResponseRow(
                    row.number(),
                    externalId,
                    submittedAt == null ? Instant.now() : submittedAt,
                    row.value("contactName"),
                    row.value("contactEmail"),
                    ImportValues.named(row.value("businessUnit"), "businessUnit", units, "import.row.no-business-unit"),
                    ImportValues.named(row.value("service"), "service", services, "import.row.no-service"),
                    tier(row),
                    answers);
        };
    }

    /** Choices are stored by index: accept the text in either language, or 1-based numbers. */
    private static String choiceIndex(SurveyQuestion q, String value) {
        if (!q.getType().hasChoices()) {
            return value;
        }
        StringBuilder indexes = new StringBuilder();
        for (String part : value.split(q.getType() == QuestionType.MULTIPLE_CHOICE ? "[;|]" : "\\n")) {
            String choice = part.strip();
            int index = indexOf(q.getChoicesEn(), choice);
            if (index < 0) {
                index = indexOf(q.getChoicesDe(), choice);
            }
            if (index < 0 && choice.matches("\\d{1,2}")) {
                index = Integer.parseInt(choice) - 1;
            }
            indexes.append(indexes.length() == 0 ? "" : ",").append(index < 0 ? choice : String.valueOf(index));
        }
        return indexes.toString();
    }

    private static int indexOf(List<String> choices, String choice) {
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).equalsIgnoreCase(choice)) {
                return i;
            }
        }
        return -1;
    }

    private static SupportTier tier(MappedRow row) throws RowRejected {
        String value = row.value("tier");
        if (value == null) {
            return null;
        }
        try {
            return SupportTier.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RowRejected("tier", RowReason.of("import.row.not-a-tier", value));
        }
    }

    /** Stores the chunk's new responses; one whose external id is stored already is a duplicate. */
    @Override
    public StoredRows store(List<?> rows, ImportSettings settings) {
        Survey survey = survey(settings.option(SURVEY_ID));
        Set<String> ids = new HashSet<>();
        rows.forEach(r -> ids.add(((ResponseRow) r).externalId()));
        Set<String> seen = new HashSet<>(surveys.respondedExternalIds(ids));
        LifecyclePhase phase =
                survey.getKind() == SurveyKind.TRANSACTIONAL ? LifecyclePhase.OPERATION : LifecyclePhase.CSI;
        Instant now = Instant.now();
        long imported = 0;
        for (Object item : rows) {
            ResponseRow row = (ResponseRow) item;
            if (!seen.add(row.externalId())) {
                continue;
            }
            var response = new SurveyResponse(survey.current(), row.submittedAt(), "en", phase);
            response.context(
                    row.businessUnitId() == null ? null : surveys.reference(BusinessUnit.class, row.businessUnitId()),
                    row.serviceId() == null ? null : surveys.reference(ItService.class, row.serviceId()),
                    row.tier());
            response.setExternalId(row.externalId());
            boolean anonymous = survey.isAnonymous();
            recorder.store(
                    response,
                    row.answers(),
                    anonymous ? null : row.contactName(),
                    anonymous ? null : row.contactEmail(),
                    null,
                    now);
            imported++;
        }
        return new StoredRows(imported, rows.size() - imported);
    }
}
