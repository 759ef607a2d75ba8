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
 * Business units and services by name, for reading names that files write (imports), and business
 * units' relationship managers, for mail about a unit (notices). Names and ids are what every
 * signed-in role may list; batch jobs and queue handlers call this without a caller.
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

    /** The relationship managers of these business units (units without one are left out). */
    public List<UnitManager> managers(java.util.Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return em
                .createQuery(
                        "select b.id, b.name, u.username, u.displayName, u.email from BusinessUnit b"
                                + " join b.relationshipManager u where b.id in :ids order by b.name",
                        Object[].class)
                .setParameter("ids", unitIds)
                .getResultList()
                .stream()
                .map(r -> new UnitManager((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4]))
                .toList();
    }

    /** Business unit names by id. */
    public Map<Long, String> unitNames() {
        Map<Long, String> names = new HashMap<>();
        em.createQuery("select b.id, b.name from BusinessUnit b", Object[].class)
                .getResultList()
                .forEach(r -> names.put((Long) r[0], (String) r[1]));
        return names;
    }

    private static Map<String, Long> byName(List<Object[]> rows) {
        Map<String, Long> ids = new HashMap<>();
        rows.forEach(r -> ids.put(((String) r[1]).toLowerCase(Locale.ROOT), (Long) r[0]));
        return ids;
    }
}
