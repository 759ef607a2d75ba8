package dev.gemba.it;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Makes stored analyses look as if an older model had produced them. */
@Stateless
@PermitAll
public class ModelAge {

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    public void analysedBy(String modelVersion, List<Long> feedbackIds) {
        em.createQuery("update Feedback f set f.modelVersion = :v where f.id in :ids")
                .setParameter("v", modelVersion)
                .setParameter("ids", feedbackIds)
                .executeUpdate();
    }
}
