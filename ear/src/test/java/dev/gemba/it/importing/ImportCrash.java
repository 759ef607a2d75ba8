package dev.gemba.it.importing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.importing.entity.ImportState;

/** Puts an import in the state a node crash leaves behind: RUNNING, silent, some rows committed. */
@Stateless
@PermitAll
public class ImportCrash {

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    public void leaveRunning(long importId, long rowsCommitted) {
        em.createQuery("update FileImport i set i.status = :running, i.rowsRead = :rows, i.node = 'crashed-node',"
                        + " i.heartbeatAt = :silentSince, i.version = i.version + 1 where i.id = :id")
                .setParameter("running", ImportState.RUNNING)
                .setParameter("rows", rowsCommitted)
                .setParameter("silentSince", Instant.now().minus(10, ChronoUnit.MINUTES))
                .setParameter("id", importId)
                .executeUpdate();
    }

    public long feedbackContaining(String marker) {
        return em.createQuery("select count(f) from Feedback f where f.text like :m", Long.class)
                .setParameter("m", "%" + marker + "%")
                .getSingleResult();
    }
}
