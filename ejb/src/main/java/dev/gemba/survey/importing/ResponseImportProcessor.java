package dev.gemba.survey.importing;

import static dev.gemba.platform.control.JsonProviders.JSON;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.feedback.entity.FeedbackImport;
import dev.gemba.feedback.entity.SupportTier;
import dev.gemba.feedback.importing.ImportOutcome;
import dev.gemba.feedback.importing.RowMapper;
import dev.gemba.feedback.importing.RowMapper.RowRejected;
import dev.gemba.feedback.importing.RowReason;
import dev.gemba.feedback.importing.SourceRow;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.survey.control.ResponseRecorder;
import dev.gemba.survey.entity.Survey;
import dev.gemba.survey.entity.SurveyQuestion;
import dev.gemba.survey.entity.SurveyVersion;

/**
 * Maps a row to a response and checks its answers against the survey's questions exactly as the
 * response page does; a refused row names the file's column at fault. Choice answers may be the
 * choice's English or German text, or its number from 1.
 */
@Named("surveyResponseImportProcessor")
@Dependent
public class ResponseImportProcessor implements ItemProcessor {

    @Inject
    @BatchProperty(name = "importId")
    String importId;

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    private Map<String, String> mapping;
    private SurveyVersion version;
    private Map<String, Long> units;
    private Map<String, Long> services;
    private java.time.ZoneId zone;

    @Override
    public Object processItem(Object item) {
        SourceRow row = (SourceRow) item;
        if (row.unreadable() != null) {
            return new ImportOutcome.Rejected(row.number(), null, row.unreadable());
        }
        load();
        try {
            String externalId = value(row, "externalId");
            if (externalId == null) {
                throw new RowRejected(mapping.get("externalId"), RowReason.of("import.row.response-id-empty"));
            }
            if (externalId.length() > 120) {
                throw new RowRejected(mapping.get("externalId"), RowReason.of("import.row.too-long", 120));
            }
            Map<String, String> answers = new LinkedHashMap<>();
            for (SurveyQuestion q : version.getQuestions()) {
                String value = value(row, "answer." + q.getCode());
                if (value != null) {
                    answers.put(q.getCode(), choiceIndex(q, value));
                }
            }
            try {
                answers = ResponseRecorder.checked(version, answers);
            } catch (InvalidInputException e) {
                String code = e.errors().get(0).field();
                throw new RowRejected(
                        mapping.getOrDefault("answer." + code, code),
                        RowReason.asGiven(e.errors().get(0).message()));
            }
            return new ResponseRow(
                    row.number(),
                    externalId,
                    submittedAt(row),
                    value(row, "contactName"),
                    value(row, "contactEmail"),
                    lookup(row, "businessUnit", units),
                    lookup(row, "service", services),
                    tier(row),
                    answers);
        } catch (RowRejected e) {
            return new ImportOutcome.Rejected(row.number(), e.column(), e.reason());
        }
    }

    /** Choices are stored by index: accept the text in either language, or 1-based numbers. */
    private static String choiceIndex(SurveyQuestion q, String value) {
        if (!q.getType().hasChoices()) {
            return value;
        }
        StringBuilder indexes = new StringBuilder();
        for (String part :
                value.split(q.getType() == dev.gemba.survey.entity.QuestionType.MULTIPLE_CHOICE ? "[;|]" : "\\n")) {
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

    private static int indexOf(java.util.List<String> choices, String choice) {
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).equalsIgnoreCase(choice)) {
                return i;
            }
        }
        return -1;
    }

    private Instant submittedAt(SourceRow row) throws RowRejected {
        String value = value(row, "submittedAt");
        if (value == null) {
            return Instant.now();
        }
        Instant at;
        try {
            at = RowMapper.instant(value, zone);
        } catch (DateTimeParseException notDate) {
            throw new RowRejected(mapping.get("submittedAt"), RowReason.of("import.row.not-a-date", value));
        }
        if (at.isAfter(Instant.now().plusSeconds(300))) {
            throw new RowRejected(mapping.get("submittedAt"), RowReason.of("import.row.future", value));
        }
        return at;
    }

    private SupportTier tier(SourceRow row) throws RowRejected {
        String value = value(row, "tier");
        if (value == null) {
            return null;
        }
        try {
            return SupportTier.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RowRejected(mapping.get("tier"), RowReason.of("import.row.not-a-tier", value));
        }
    }

    private Long lookup(SourceRow row, String key, Map<String, Long> byName) throws RowRejected {
        String value = value(row, key);
        if (value == null) {
            return null;
        }
        Long id = byName.get(value.toLowerCase(Locale.ROOT));
        if (id == null) {
            throw new RowRejected(
                    mapping.get(key),
                    RowReason.of(
                            key.equals("service") ? "import.row.no-service" : "import.row.no-business-unit", value));
        }
        return id;
    }

    private String value(SourceRow row, String key) {
        String column = mapping.get(key);
        String value = column == null ? null : row.values().get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private void load() {
        if (mapping != null) {
            return;
        }
        FeedbackImport job = em.find(FeedbackImport.class, Long.parseLong(importId));
        mapping = new HashMap<>();
        try (var reader = JSON.createReader(new java.io.StringReader(job.getMapping()))) {
            reader.readObject().forEach((key, column) -> mapping.put(key, ((JsonString) column).getString()));
        }
        zone = job.getTimeZone();
        version = em.find(Survey.class, job.getSurveyId()).current();
        version.getQuestions().size();
        units = byName("BusinessUnit");
        services = byName("ItService");
    }

    private Map<String, Long> byName(String entity) {
        Map<String, Long> ids = new HashMap<>();
        em.createQuery("select e.id, e.name from " + entity + " e", Object[].class)
                .getResultList()
                .forEach(r -> ids.put(((String) r[1]).toLowerCase(Locale.ROOT), (Long) r[0]));
        return ids;
    }
}
