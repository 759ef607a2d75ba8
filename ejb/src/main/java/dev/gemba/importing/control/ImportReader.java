package dev.gemba.importing.control;

import java.io.Serializable;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.importing.entity.FileImport;

/**
 * Reads the import file row by row. Restart point: the job's checkpoint when the batch runtime
 * restarts the step, else the import's committed rowsRead (a new execution after a crash).
 */
@Named("importReader")
@Dependent
public class ImportReader extends AbstractItemReader {

    @Inject
    @BatchProperty(name = "importId")
    String importId;

    @Inject
    ImportFiles files;

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    private RowSource source;
    private long lastRow;

    @Override
    public void open(Serializable checkpoint) throws Exception {
        FileImport job = em.find(FileImport.class, Long.parseLong(importId));
        source = RowSource.open(files.of(job.getId(), job.getFormat()), job.getFormat());
        lastRow = checkpoint instanceof Long row ? row : job.getRowsRead();
        if (lastRow > 0) {
            source.skipThrough(lastRow);
        }
    }

    @Override
    public Object readItem() throws Exception {
        SourceRow row = source.next();
        if (row != null) {
            lastRow = row.number();
        }
        return row;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastRow;
    }

    @Override
    public void close() throws Exception {
        if (source != null) {
            source.close();
        }
    }
}
