package dev.gemba.finding.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.catalog.entity.BusinessUnit;
import dev.gemba.catalog.entity.ItService;
import dev.gemba.finding.boundary.SuggestionSummary;
import dev.gemba.finding.entity.EvidenceQuery;
import dev.gemba.finding.entity.Finding;
import dev.gemba.finding.entity.FindingOrigin;
import dev.gemba.finding.entity.FindingStatus;
import dev.gemba.finding.entity.FindingSuggestion;
import dev.gemba.finding.entity.SuggestionStatus;

/**
 * The demo's finding: the detector, run as it would have run two weeks into the VPN complaint
 * spike ({@value #DETECTED_DAYS_AGO} days ago), suggests the rise of network-connectivity feedback
 * on the VPN service; the service desk accepts it the next day as a finding with the spike's
 * evidence query (VPN, network-connectivity, from the spike's first day to the steering
 * committee's approval), and dismisses the same signal seen through the one business unit that
 * consumes VPN, with a reason. Needs the spike's feedback in place; deterministic for a given
 * {@code now}.
 */
@Dependent
public class DemoFindings {

    public static final String TOPIC = "network-connectivity";
    /** When the detector ran, when the desk decided, and the spike's period, in days before now. */
    static final int DETECTED_DAYS_AGO = 77;

    static final int DECIDED_DAYS_AGO = 76;
    static final int SPIKE_FROM_DAYS_AGO = 91;
    static final int SPIKE_UNTIL_DAYS_AGO = 63;

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    @Inject
    SuggestionDetector detector;

    @Inject
    FindingRepository findings;

    /** Runs the detector over the spike, accepts the VPN suggestion; returns the finding's id, or null. */
    public Long store(Instant now) {
        ItService vpn = em.createQuery("select s from ItService s where s.name = :n", ItService.class)
                .setParameter("n", "VPN and Remote Access")
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (vpn == null) {
            return null;
        }
        detector.run(now.minus(Duration.ofDays(DETECTED_DAYS_AGO)));
        List<FindingSuggestion> pending = em.createQuery(
                        "select s from FindingSuggestion s where s.status = :pending and s.topic = :topic"
                                + " order by s.qValue, s.signalKey",
                        FindingSuggestion.class)
                .setParameter("pending", SuggestionStatus.PENDING)
                .setParameter("topic", TOPIC)
                .getResultList();
        FindingSuggestion signal = pending.stream()
                .filter(s -> vpn.getId().equals(s.getServiceId()))
                .findFirst()
                .orElse(null);
        if (signal == null) {
            return null;
        }
        Instant decided = now.minus(Duration.ofDays(DECIDED_DAYS_AGO));
        SuggestionSummary summary = SuggestionSummary.of(signal, vpn.getName(), null);
        var finding = new Finding(summary.headline(), summary.statement(), FindingOrigin.SUGGESTION, "desk", decided);
        finding.restate(
                summary.headline(),
                summary.statement(),
                vpn,
                null,
                FindingStatus.OPEN,
                new EvidenceQuery(
                        TOPIC, null, null, null, day(now, SPIKE_FROM_DAYS_AGO), day(now, SPIKE_UNTIL_DAYS_AGO)),
                "desk");
        findings.store(finding);
        findings.flush();
        signal.accepted(finding.getId(), "desk", decided);
        for (FindingSuggestion other : pending) {
            if (other != signal && other.getBusinessUnitId() != null) {
                BusinessUnit unit = em.find(BusinessUnit.class, other.getBusinessUnitId());
                other.dismissed(
                        "Same VPN connectivity spike as the accepted service finding: "
                                + (unit == null ? "this unit" : unit.getName())
                                + " is where the VPN users work, no separate finding needed",
                        "desk",
                        decided);
            }
        }
        em.flush();
        return finding.getId();
    }

    private static LocalDate day(Instant now, int daysAgo) {
        return LocalDate.ofInstant(now.minus(Duration.ofDays(daysAgo)), ZoneOffset.UTC);
    }
}
