package dev.gemba.steering.control;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.improvement.entity.ImprovementItem;
import dev.gemba.improvement.entity.ImprovementStatus;
import dev.gemba.steering.entity.AgendaKind;
import dev.gemba.steering.entity.AgendaPoint;
import dev.gemba.steering.entity.Cadence;
import dev.gemba.steering.entity.Committee;
import dev.gemba.steering.entity.Decision;
import dev.gemba.steering.entity.DecisionKind;
import dev.gemba.steering.entity.Meeting;

/**
 * The demo's committee: the IT steering committee (chair Sam Steering) approved CSI-0001 on the
 * VPN complaint spike in its meeting 63 days ago, with its effort and budget; its next meeting is
 * in a week, and its agenda is generated when someone first opens it.
 */
@Dependent
public class DemoSteering {

    static final String RATIONALE = "The VPN complaint spike hits every business unit working remotely;"
            + " gateway capacity and a self-service reconnect guide address the two causes the desk sees.";

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    @Inject
    CommitteeRepository committees;

    @Inject
    DecisionRepository decisions;

    public void store(Instant now) {
        ImprovementItem vpnItem = em.createQuery(
                        "select i from ImprovementItem i where i.number = 1", ImprovementItem.class)
                .getResultStream()
                .findFirst()
                .orElse(null);
        Committee c = new Committee("admin", now.minus(Duration.ofDays(120)));
        c.setName("IT Steering Committee");
        c.setChair("steering");
        c.setEverything(true);
        c.setCadence(Cadence.MONTHLY);
        c.getMembers().addAll(Set.of("steering", "admin", "rm"));
        committees.store(c);
        Instant approved = now.minus(Duration.ofDays(63));
        Meeting held = new Meeting(c, LocalDate.ofInstant(approved, ZoneOffset.UTC), "steering");
        committees.store(held);
        if (vpnItem != null) {
            AgendaPoint point = new AgendaPoint(held, AgendaKind.AWAITING_APPROVAL, vpnItem.getTitle());
            point.item(vpnItem.getId(), vpnItem.code(), "ACCEPTED", vpnItem.getScore());
            point.setDaysInState(5);
            point.setTargetDate(vpnItem.getTargetDate());
            point.setPosition(1);
            committees.store(point);
            held.agendaGenerated(approved.minus(Duration.ofHours(2)));
            decide(held, point, vpnItem, DecisionKind.APPROVE, RATIONALE, null, null, approved);
            decide(
                    held,
                    point,
                    vpnItem,
                    DecisionKind.APPROVE_EFFORT,
                    "Capacity licences and two weeks of network engineering.",
                    new BigDecimal("10.0"),
                    new BigDecimal("12000.00"),
                    approved.plusSeconds(60));
        }
        held.hold("steering", approved.plusSeconds(3600));
        committees.store(new Meeting(c, LocalDate.ofInstant(now.plus(Duration.ofDays(7)), ZoneOffset.UTC), "steering"));
        em.flush();
    }

    private void decide(
            Meeting meeting,
            AgendaPoint point,
            ImprovementItem item,
            DecisionKind kind,
            String rationale,
            BigDecimal effortDays,
            BigDecimal budget,
            Instant at) {
        decisions.append(new Decision(new Decision.Facts(
                meeting,
                point.getId(),
                item.getId(),
                item.code(),
                item.getTitle(),
                kind,
                rationale,
                null,
                null,
                null,
                null,
                item.getScore(),
                null,
                effortDays,
                budget,
                3,
                0,
                0,
                null,
                Set.of("steering", "admin", "rm"),
                kind == DecisionKind.APPROVE
                        ? new Decision.Effect(
                                ImprovementStatus.ACCEPTED,
                                ImprovementStatus.APPROVED,
                                item.getOwner(),
                                item.getOwner())
                        : null,
                "steering",
                at)));
    }
}
