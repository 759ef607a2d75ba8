package dev.gemba.finding.boundary;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.finding.control.FindingRepository;
import dev.gemba.finding.control.ImpactCalculator;
import dev.gemba.platform.control.SqlValues;

/**
 * The people behind findings' evidence, for telling them what came of it: linked feedback, a saved
 * query's matches and linked survey responses. Anonymous survey answers carry no invitation, so
 * they come back without an address. Queue handlers call it without a caller.
 */
@Stateless
@PermitAll
public class EvidenceContacts {

    @Inject
    FindingRepository findings;

    @Inject
    ImpactCalculator calculator;

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    Clock clock = Clock.systemUTC();

    public List<EvidencePerson> people(Collection<Long> findingIds) {
        List<EvidencePerson> people = new ArrayList<>();
        for (long id : findingIds) {
            findings.find(id)
                    .ifPresent(
                            f -> calculator.evidenceContacts(f, clock.instant()).forEach(r -> people.add(person(r))));
        }
        if (!findingIds.isEmpty()) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select i.contact_email, i.contact_name, r.language,"
                            + " r.business_unit_id, r.submitted_at from finding_evidence fe"
                            + " join survey_response r on r.id = fe.survey_response_id"
                            + " left join survey_invitation i on i.id = r.invitation_id"
                            + " where fe.finding_id in (:findings)")
                    .setParameter("findings", findingIds)
                    .getResultList();
            rows.forEach(r -> people.add(person(r)));
        }
        return people;
    }

    private static EvidencePerson person(Object[] r) {
        String address = (String) r[0];
        return new EvidencePerson(
                address == null || address.isBlank() ? null : address.strip(),
                (String) r[1],
                (String) r[2],
                r[3] == null ? null : ((Number) r[3]).longValue(),
                SqlValues.instant(r[4]));
    }
}
