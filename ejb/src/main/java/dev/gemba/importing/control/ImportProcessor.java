package dev.gemba.importing.control;

import java.util.HashMap;
import java.util.Map;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.importing.boundary.MappedRow;
import dev.gemba.importing.boundary.RowHandler;
import dev.gemba.importing.boundary.RowRejected;
import dev.gemba.importing.entity.FileImport;

/**
 * Reads each row through the import's mapping and has the kind's handler convert it; a refused
 * row becomes a Rejected outcome naming the file's column, never a job failure.
 */
@Named("importProcessor")
@Dependent
public class ImportProcessor implements ItemProcessor {

    @Inject
    @BatchProperty(name = "importId")
    String importId;

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    @Inject
    RowHandlers handlers;

    private Map<String, String> mapping;
    private RowHandler.RowConverter converter;

    @Override
    public Object processItem(Object item) {
        SourceRow row = (SourceRow) item;
        if (row.unreadable() != null) {
            return new ImportOutcome.Rejected(row.number(), null, row.unreadable());
        }
        start();
        Map<String, String> values = new HashMap<>();
        mapping.forEach((field, column) -> {
            String value = row.values().get(column);
            if (value != null && !value.isBlank()) {
                values.put(field, value.strip());
            }
        });
        try {
            return new ImportOutcome.Accepted(row.number(), converter.convert(new MappedRow(row.number(), values)));
        } catch (RowRejected e) {
            String column = e.field() == null ? null : mapping.getOrDefault(e.field(), e.field());
            return new ImportOutcome.Rejected(row.number(), column, e.reason());
        }
    }

    private void start() {
        if (converter == null) {
            FileImport job = em.find(FileImport.class, Long.parseLong(importId));
            mapping = JsonStrings.read(job.getMapping());
            converter = handlers.require(job.getKind()).reader(RowHandlers.settings(job));
        }
    }
}
