package dev.gemba.catalog.boundary;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Business units and services by name, for reading names that files write (imports). Names and
 * ids are what every signed-in role may list; batch jobs call this without a caller.
 */
@Stateless
@PermitAll
public class CatalogNames {

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    /** Business unit ids by lower-cased name. */
    public Map<String, Long> businessUnits() {
        return byName(em.createQuery("select b.id, b.name from BusinessUnit b", Object[].class)
                .getResultList());
    }

    /** Service ids by lower-cased name. */
    public Map<String, Long> services() {
        return byName(em.createQuery("select s.id, s.name from ItService s", Object[].class)
                .getResultList());
    }

    private static Map<String, Long> byName(List<Object[]> rows) {
        Map<String, Long> ids = new HashMap<>();
        rows.forEach(r -> ids.put(((String) r[1]).toLowerCase(Locale.ROOT), (Long) r[0]));
        return ids;
    }
}
