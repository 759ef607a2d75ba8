package dev.gemba.importing.control;

import java.time.Instant;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.importing.entity.FileImport;
import dev.gemba.importing.entity.ImportState;

/** Status changes of an import outside its chunks, each in a transaction of its own. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportProgress {

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    @Inject
    ImportFiles files;

    public void finished(long importId, String failure, Instant now) {
        FileImport job = em.find(FileImport.class, importId);
        job.finish(failure == null ? ImportState.COMPLETED : ImportState.FAILED, failure, now);
        if (failure == null) {
            files.delete(job.getId(), job.getFormat());
        }
    }
}
