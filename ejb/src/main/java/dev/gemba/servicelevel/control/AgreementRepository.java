package dev.gemba.servicelevel.control;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.servicelevel.boundary.ComplianceScope;
import dev.gemba.servicelevel.entity.Agreement;
import dev.gemba.servicelevel.entity.AgreementTarget;
import dev.gemba.servicelevel.entity.Measurement;
import dev.gemba.servicelevel.entity.SupersededMeasurement;

/** Stores and finds agreements, their targets and measurements. */
@Dependent
public class AgreementRepository {

    private static final String IN_SCOPE =
            """
            (:kind = 'AGREEMENT' and a.id = :id)
            or (:kind = 'SERVICE' and a.service.id = :id)
            or (:kind = 'BUSINESS_UNIT' and (a.businessUnit.id = :id or (a.businessUnit is null
                and a.service.id in (select s.id from BusinessUnit b join b.services s where b.id = :id))))
            """;

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    public Optional<Agreement> find(long id) {
        return Optional.ofNullable(em.find(Agreement.class, id));
    }

    public Optional<Agreement> findByCode(String code) {
        return em.createQuery("select a from Agreement a where lower(a.code) = lower(:code)", Agreement.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    public Agreement store(Agreement agreement) {
        em.persist(agreement);
        return agreement;
    }

    public void remove(Agreement agreement) {
        em.remove(agreement);
    }

    public void flush() {
        em.flush();
    }

    public <T> T reference(Class<T> type, long id) {
        return em.getReference(type, id);
    }

    public <T> Optional<T> findEntity(Class<T> type, long id) {
        return Optional.ofNullable(em.find(type, id));
    }

    /** Agreements in the scope, by service name then code. */
    public List<Agreement> inScope(ComplianceScope scope) {
        return em.createQuery(
                        "select a from Agreement a join fetch a.service left join fetch a.businessUnit where "
                                + IN_SCOPE + " order by a.service.name, a.code",
                        Agreement.class)
                .setParameter("kind", scope.kind().name())
                .setParameter("id", scope.id())
                .getResultList();
    }

    /** Agreements filtered by service, unit (those with it or with all) and kind; null filters match all. */
    public List<Agreement> search(Long serviceId, Long businessUnitId, String kind) {
        return em.createQuery(
                        """
                        select a from Agreement a join fetch a.service left join fetch a.businessUnit
                        where (:service is null or a.service.id = :service)
                          and (:unit is null or a.businessUnit.id = :unit)
                          and (:kind is null or a.kind = :kindValue)
                        order by a.service.name, a.code
                        """,
                        Agreement.class)
                .setParameter("service", serviceId)
                .setParameter("unit", businessUnitId)
                .setParameter("kind", kind)
                .setParameter(
                        "kindValue", kind == null ? null : dev.gemba.servicelevel.entity.AgreementKind.valueOf(kind))
                .getResultList();
    }

    /** Current measurements of the scope's agreements from {@code from} to {@code to}. */
    public List<Measurement> measurements(ComplianceScope scope, YearMonth from, YearMonth to) {
        return em.createQuery(
                        "select m from Measurement m join fetch m.target join m.target t join t.agreement a where ("
                                + IN_SCOPE
                                + ") and m.periodStart between :from and :to order by t.id, m.periodStart",
                        Measurement.class)
                .setParameter("kind", scope.kind().name())
                .setParameter("id", scope.id())
                .setParameter("from", from.atDay(1))
                .setParameter("to", to.atDay(1))
                .getResultList();
    }

    public Optional<Measurement> measurement(AgreementTarget target, YearMonth period) {
        return em.createQuery(
                        "select m from Measurement m where m.target = :target and m.periodStart = :period",
                        Measurement.class)
                .setParameter("target", target)
                .setParameter("period", period.atDay(1))
                .getResultStream()
                .findFirst();
    }

    public void store(Measurement measurement) {
        em.persist(measurement);
    }

    public void store(SupersededMeasurement superseded) {
        em.persist(superseded);
    }

    /** An agreement's current measurements, newest month first. */
    public List<Measurement> measurements(Agreement agreement) {
        return em.createQuery(
                        "select m from Measurement m join fetch m.target t where t.agreement = :a"
                                + " order by m.periodStart desc, t.position",
                        Measurement.class)
                .setParameter("a", agreement)
                .getResultList();
    }

    /** An agreement's replaced figures, newest replacement first. */
    public List<SupersededMeasurement> superseded(Agreement agreement) {
        return em.createQuery(
                        "select h from SupersededMeasurement h join fetch h.target t where t.agreement = :a"
                                + " order by h.periodStart desc, h.supersededAt desc",
                        SupersededMeasurement.class)
                .setParameter("a", agreement)
                .getResultList();
    }

    /** Whether the user may import figures for any agreement: admins and integrations. */
    public boolean mayImportAnyAgreement(String username) {
        return em.createQuery(
                        "select u from UserAccount u where u.username = :name",
                        dev.gemba.security.entity.UserAccount.class)
                .setParameter("name", username)
                .getResultStream()
                .findFirst()
                .map(u -> u.getRoles().contains(dev.gemba.security.entity.Role.ADMIN)
                        || u.getRoles().contains(dev.gemba.security.entity.Role.INTEGRATION))
                .orElse(false);
    }
}
