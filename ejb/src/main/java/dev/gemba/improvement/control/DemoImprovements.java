package dev.gemba.improvement.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.analysis.boundary.AnalysisResult;
import dev.gemba.analysis.boundary.TextAnalysisService;
import dev.gemba.analysis.entity.AnalysedTopic;
import dev.gemba.analysis.entity.Sentiment;
import dev.gemba.catalog.entity.BusinessUnit;
import dev.gemba.catalog.entity.ItService;
import dev.gemba.feedback.entity.Channel;
import dev.gemba.feedback.entity.Feedback;
import dev.gemba.feedback.entity.SupportTier;
import dev.gemba.improvement.entity.ClosureOutcome;
import dev.gemba.improvement.entity.Effort;
import dev.gemba.improvement.entity.FindingLink;
import dev.gemba.improvement.entity.ImprovementItem;
import dev.gemba.improvement.entity.ImprovementStatus;
import dev.gemba.improvement.entity.ImprovementTransition;
import dev.gemba.improvement.entity.ImprovementType;
import dev.gemba.improvement.entity.KpiKind;

/**
 * The demo's improvement story: a spike of VPN complaints three months ago (two thirds negative),
 * an item that the steering committee approved on that evidence and its owner delivered a month
 * ago, and VPN feedback since then that is mostly positive, so the item's KPI (negative share of
 * VPN connectivity feedback) is measurably better. The item is justified by the finding the desk
 * accepted from the detector's suggestion on the spike. Two more items wait for decisions.
 */
@Dependent
public class DemoImprovements {

    static final String TOPIC = "network-connectivity";
    private static final String[] COMPLAINTS = {
        "The VPN drops every few minutes and I lose my remote desktop session.",
        "Cannot connect to the VPN from home since Monday, error 809 again.",
        "VPN is so slow that Teams calls freeze when I work remotely.",
        "Third time this week the VPN disconnected during a customer call.",
        "Remote access keeps asking me to log in again, the connection times out.",
        "The VPN client hangs at connecting, nobody at the desk could fix it."
    };
    private static final String[] PRAISE = {
        "VPN connects first time now, thanks for the new reconnect guide.",
        "Remote access has been stable all week, great improvement.",
        "The self-service VPN reset worked in a minute, no ticket needed.",
        "Working from home is smooth again, the VPN is fast."
    };

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    @Inject
    ImprovementRepository items;

    @Inject
    KpiMeter meter;

    @Inject
    ScoreKeeper scores;

    @EJB
    BenefitsReviewHandler reviews;

    @EJB
    TextAnalysisService analysis;

    /** The VPN feedback of the story: the spike, and the calmer weeks since delivery. */
    public void storeFeedback(Instant now) {
        ItService vpn = vpn();
        if (vpn == null) {
            return;
        }
        List<BusinessUnit> units = unitsOn(vpn);
        Random random = new Random(17);
        // the spike: 60 items, 38 negative, in the 4 weeks before approval (91 to 63 days ago)
        feedback(vpn, units, now.minus(Duration.ofDays(91)), 60, 38, random);
        // after delivery (30 days ago): 45 items, 7 negative
        feedback(vpn, units, now.minus(Duration.ofDays(30)), 45, 7, random);
        em.flush();
    }

    /**
     * The items, after {@link #storeFeedback}; {@code findingId} is the accepted finding on the
     * spike that the desk links to CSI-0001 when proposing it (none when null).
     *
     * @return the id of CSI-0001, the delivered VPN item (null without the VPN service)
     */
    public Long store(Instant now, Long findingId) {
        ItService vpn = vpn();
        if (vpn == null) {
            return null;
        }
        List<BusinessUnit> units = unitsOn(vpn);
        Instant proposed = now.minus(Duration.ofDays(70));
        ImprovementItem item = new ImprovementItem(items.nextNumber(), "desk", proposed);
        item.setTitle("VPN: gateway capacity and a self-service reconnect guide");
        item.setDescription("VPN complaints spiked after the move to hybrid work: sessions drop and reconnects "
                + "need the service desk. Add gateway capacity and publish a one-click reconnect guide.");
        item.setType(ImprovementType.TECHNOLOGY);
        item.setEffort(Effort.M);
        item.setOwner("rm");
        item.getServices().add(vpn);
        item.getBusinessUnits().addAll(units);
        item.setKpiKind(KpiKind.NEGATIVE_SHARE);
        item.setKpiTopic(TOPIC);
        item.setKpiService(vpn);
        item.setKpiWindowDays(28);
        item.setKpiHigherIsBetter(false);
        item.setTargetValue(25.0);
        item.setTargetDate(LocalDate.ofInstant(now.minus(Duration.ofDays(28)), ZoneOffset.UTC));
        item.setBenefitsReviewDate(LocalDate.ofInstant(now.plus(Duration.ofDays(3)), ZoneOffset.UTC));
        scores.rescore(item, proposed);
        items.store(item);
        if (findingId != null) {
            items.store(new FindingLink(item.getId(), findingId, "desk", proposed));
        }
        Instant accepted = now.minus(Duration.ofDays(68));
        Instant approved = now.minus(Duration.ofDays(63));
        Instant started = now.minus(Duration.ofDays(62));
        Instant delivered = now.minus(Duration.ofDays(30));
        step(item, null, ImprovementStatus.PROPOSED, "desk", proposed, null);
        step(item, ImprovementStatus.PROPOSED, ImprovementStatus.ACCEPTED, "steering", accepted, null);
        KpiSample baseline = meter.measure(
                KpiKind.NEGATIVE_SHARE, ScoreKeeper.scopeOf(item), approved.minus(Duration.ofDays(28)), approved);
        item.freezeBaseline(
                baseline.value(),
                baseline.n(),
                baseline.a(),
                baseline.b(),
                approved.minus(Duration.ofDays(28)),
                approved);
        step(
                item,
                ImprovementStatus.ACCEPTED,
                ImprovementStatus.APPROVED,
                "steering",
                approved,
                "Steering committee: approved on the VPN complaint spike; capacity budget released");
        step(item, ImprovementStatus.APPROVED, ImprovementStatus.IN_PROGRESS, "rm", started, null);
        step(
                item,
                ImprovementStatus.IN_PROGRESS,
                ImprovementStatus.DELIVERED,
                "rm",
                delivered,
                "Gateway capacity doubled, reconnect guide published in the portal");
        scores.rescore(item, now);
        reviews.schedule(item);

        waiting(
                now,
                "Password reset by self-service instead of the service desk",
                ImprovementType.AUTOMATION_SHIFT_LEFT,
                ImprovementStatus.ACCEPTED,
                "Identity and Access");
        waiting(
                now,
                "Printer driver rollout for the new office floor",
                ImprovementType.PROCESS,
                ImprovementStatus.PROPOSED,
                "Printing");
        return item.getId();
    }

    private ItService vpn() {
        return em.createQuery("select s from ItService s where s.name = :n", ItService.class)
                .setParameter("n", "VPN and Remote Access")
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private List<BusinessUnit> unitsOn(ItService vpn) {
        return em.createQuery(
                        "select b from BusinessUnit b join b.services s where s = :vpn order by b.id",
                        BusinessUnit.class)
                .setParameter("vpn", vpn)
                .getResultList();
    }

    private void waiting(Instant now, String title, ImprovementType type, ImprovementStatus status, String service) {
        ItService s = em.createQuery("select s from ItService s where s.name = :n", ItService.class)
                .setParameter("n", service)
                .getResultStream()
                .findFirst()
                .orElse(null);
        Instant raised = now.minus(Duration.ofDays(5));
        ImprovementItem item = new ImprovementItem(items.nextNumber(), "rm", raised);
        item.setTitle(title);
        item.setType(type);
        item.setEffort(Effort.S);
        if (type == ImprovementType.AUTOMATION_SHIFT_LEFT) {
            item.setTierFrom(SupportTier.L1);
            item.setTierTo(SupportTier.L0);
        }
        if (s != null) {
            item.getServices().add(s);
            item.setKpiService(s);
        }
        item.setKpiKind(KpiKind.NEGATIVE_SHARE);
        item.setKpiWindowDays(28);
        item.setKpiHigherIsBetter(false);
        scores.rescore(item, now);
        items.store(item);
        step(item, null, ImprovementStatus.PROPOSED, "rm", raised, null);
        if (status == ImprovementStatus.ACCEPTED) {
            step(
                    item,
                    ImprovementStatus.PROPOSED,
                    ImprovementStatus.ACCEPTED,
                    "steering",
                    now.minus(Duration.ofDays(2)),
                    null);
        }
    }

    private void step(
            ImprovementItem item, ImprovementStatus from, ImprovementStatus to, String actor, Instant at, String why) {
        if (from != null) {
            item.moveTo(to, to == ImprovementStatus.CLOSED ? ClosureOutcome.SUCCESSFUL : null, at);
        }
        items.record(new ImprovementTransition(item, from, to, null, actor, at, why));
    }

    private void feedback(
            ItService vpn, List<BusinessUnit> units, Instant from, int count, int negative, Random random) {
        for (int i = 0; i < count; i++) {
            boolean bad = i < negative;
            Instant at = from.plus(Duration.ofMinutes(random.nextInt(27 * 24 * 60)));
            String[] texts = bad ? COMPLAINTS : PRAISE;
            Feedback f = new Feedback(at, i % 3 == 0 ? Channel.PHONE : Channel.EMAIL, texts[i % texts.length], "desk");
            int person = random.nextInt(40);
            f.setContact("VPN user " + person, "vpn.user" + person + "@demo.gemba.dev");
            if (!units.isEmpty()) {
                f.setBusinessUnit(units.get(person % units.size()));
            }
            f.setTier(bad && i % 2 == 0 ? SupportTier.L2 : SupportTier.L1);
            f.replaceServices(java.util.Set.of(vpn));
            f.analysed(new AnalysisResult(
                    "en",
                    bad ? Sentiment.NEGATIVE : Sentiment.POSITIVE,
                    bad ? -0.7 : 0.7,
                    0.9,
                    List.of(new AnalysedTopic(TOPIC, 0.9, bad ? Sentiment.NEGATIVE : Sentiment.POSITIVE)),
                    null,
                    // as analysed by the models in use: a re-analysis at start-up would otherwise
                    // redo the story's items (and count them as outdated work)
                    analysis.modelVersion()));
            em.persist(f);
        }
    }
}
