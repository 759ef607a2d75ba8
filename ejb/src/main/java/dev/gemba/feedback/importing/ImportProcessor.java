package dev.gemba.feedback.importing;

import static dev.gemba.platform.control.JsonProviders.JSON;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.feedback.boundary.FeedbackForm;
import dev.gemba.feedback.entity.FeedbackImport;
import dev.gemba.platform.boundary.FieldError;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.control.InputValidator;

/** Maps and validates each row; a refused row becomes a Rejected outcome, never a job failure. */
@Named("feedbackImportProcessor")
@Dependent
public class ImportProcessor implements ItemProcessor {

    @Inject
    @BatchProperty(name = "importId")
    String importId;

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    @Inject
    InputValidator validator;

    private RowMapper mapper;

    @Override
    public Object processItem(Object item) {
        SourceRow row = (SourceRow) item;
        try {
            FeedbackForm form = mapper().map(row);
            validator.check(form);
            return new ImportOutcome.Accepted(row.number(), form);
        } catch (RowMapper.RowRejected e) {
            return new ImportOutcome.Rejected(row.number(), e.column(), e.reason());
        } catch (InvalidInputException e) {
            FieldError first = e.errors().get(0);
            String field = first.field().replaceAll("\\[.*", "").replaceAll("\\..*", "");
            String column = ImportField.byKey(field).map(mapper::column).orElse(field);
            return new ImportOutcome.Rejected(row.number(), column, RowReason.asGiven(first.message()));
        }
    }

    private RowMapper mapper() {
        if (mapper == null) {
            FeedbackImport job = em.find(FeedbackImport.class, Long.parseLong(importId));
            Map<ImportField, String> mapping = new EnumMap<>(ImportField.class);
            try (var reader = JSON.createReader(new java.io.StringReader(job.getMapping()))) {
                reader.readObject().forEach((key, column) -> ImportField.byKey(key)
                        .ifPresent(field -> mapping.put(field, ((jakarta.json.JsonString) column).getString())));
            }
            mapper = new RowMapper(
                    mapping, job.getDefaultChannel(), job.getTimeZone(), byName("BusinessUnit"), byName("ItService"));
        }
        return mapper;
    }

    private Map<String, Long> byName(String entity) {
        Map<String, Long> ids = new HashMap<>();
        em.createQuery("select e.id, e.name from " + entity + " e", Object[].class)
                .getResultList()
                .forEach(r -> ids.put(((String) r[1]).toLowerCase(Locale.ROOT), (Long) r[0]));
        return ids;
    }
}
