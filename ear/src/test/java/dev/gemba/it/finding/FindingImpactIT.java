package dev.gemba.it.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;

import dev.gemba.finding.boundary.EvidenceLinkForm;
import dev.gemba.finding.boundary.EvidenceQueryForm;
import dev.gemba.finding.boundary.FindingDetails;
import dev.gemba.finding.boundary.FindingForm;
import dev.gemba.finding.boundary.FindingImpact;
import dev.gemba.finding.boundary.FindingService;
import dev.gemba.finding.boundary.TierCount;
import dev.gemba.finding.boundary.TrendPoint;
import dev.gemba.finding.boundary.Verbatim;
import dev.gemba.finding.control.ImpactMath;
import dev.gemba.finding.entity.EvidenceKind;
import dev.gemba.finding.entity.FindingOrigin;
import dev.gemba.it.Deployments;
import dev.gemba.it.RunAsAdmin;
import dev.gemba.it.finding.FeedbackDataSet.Item;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A finding's impact against a data set with known answers: 1–14 March 2026 against 15–28 February
 * on a service of its own (so demo data cannot count), with corrections, duplicates, other services
 * and items just outside the period.
 */
@ExtendWith(ArquillianExtension.class)
class FindingImpactIT {

    @EJB
    FindingService findings;

    @EJB
    FeedbackDataSet data;

    @EJB
    RunAsAdmin admin;

    @Deployment
    static EnterpriseArchive deployment() throws Exception {
        return Deployments.gembaWith(
                FindingImpactIT.class, FeedbackDataSet.class, FeedbackDataSet.Item.class, RunAsAdmin.class);
    }

    @Test
    void impactFiguresMatchTheKnownAnswers() throws Exception {
        long vpn = data.service("Findings VPN");
        long other = data.service("Findings other");
        long u1 = data.unit("Findings U1");
        long u2 = data.unit("Findings U2");
        long u3 = data.unit("Findings U3");
        long u4 = data.unit("Findings U4");
        // the period: 10 VPN items, 7 negative (one only by a person's correction), 3 not
        // (one the model called negative, corrected to neutral)
        String t = "2026-03-0";
        data.feedback(
                item(t + "1T00:00:00Z", vpn, u1, "vpn", "NEGATIVE", null, 0.99, "a@x.org", "L1", "VPN drops hourly"));
        data.feedback(
                item(t + "2T10:00:00Z", vpn, u1, "vpn", "NEGATIVE", null, 0.95, "a@x.org", "L1", "Cannot connect"));
        data.feedback(
                item(t + "3T10:00:00Z", vpn, u1, "vpn", "NEGATIVE", null, 0.90, "a@x.org", "L1", " cannot   CONNECT "));
        data.feedback(
                item(t + "4T10:00:00Z", vpn, u2, "vpn", "POSITIVE", "NEGATIVE", 0.85, "b@x.org", "L2", "Slow tunnel"));
        data.feedback(
                item(t + "5T10:00:00Z", vpn, u2, "vpn", "NEGATIVE", null, 0.80, "b@x.org", "L2", "Token rejected"));
        data.feedback(
                item(t + "6T10:00:00Z", vpn, u3, "vpn", "NEGATIVE", null, 0.75, "c@x.org", "L2", "Client crashes"));
        data.feedback(item(t + "7T10:00:00Z", vpn, null, "vpn", "NEGATIVE", null, 0.70, null, null, "No VPN at home"));
        data.feedback(item(t + "8T10:00:00Z", vpn, u1, "vpn", "POSITIVE", null, 0.9, "e@x.org", "L0", "Works now"));
        data.feedback(item(
                t + "9T10:00:00Z", vpn, u1, "vpn", "NEGATIVE", "NEUTRAL", 0.9, "f@x.org", "L0", "Asked a question"));
        data.feedback(item("2026-03-14T23:59:59Z", vpn, u1, "vpn", "POSITIVE", null, 0.9, null, "L0", "Fine"));
        // outside: after the period, another service, another topic
        data.feedback(item("2026-03-15T00:00:00Z", vpn, u1, "vpn", "NEGATIVE", null, 0.99, "z@x.org", "L3", "Late"));
        for (int i = 0; i < 5; i++) {
            data.feedback(item(
                    "2026-03-05T10:00:00Z", other, u4, "vpn", "NEGATIVE", null, 0.99, "o@x.org", "L3", "Other " + i));
        }
        long mail = data.feedback(
                item("2026-03-06T10:00:00Z", vpn, u1, "email", "NEGATIVE", null, 0.6, "D@X.org", "L1", "Mail bounced"));
        data.feedback(item("2026-03-06T11:00:00Z", vpn, u1, "email", "NEUTRAL", null, 0.6, "g@x.org", "L1", "Mail ok"));
        // the previous period: 10 VPN items, 1 negative
        for (int i = 0; i < 10; i++) {
            data.feedback(item(
                    "2026-02-" + (15 + i) + "T10:00:00Z",
                    vpn,
                    u1,
                    "vpn",
                    i == 0 ? "NEGATIVE" : "POSITIVE",
                    null,
                    0.9,
                    "p" + i + "@x.org",
                    "L1",
                    "February " + i));
        }
        // survey answers for the service in the period, one after it, and one elsewhere to link
        data.response("2026-03-02T10:00:00Z", vpn, u1, 5, 10, 2);
        data.response("2026-03-03T10:00:00Z", vpn, u2, 4, 9, 4);
        data.response("2026-03-04T10:00:00Z", vpn, u1, 2, 3, null);
        data.response("2026-03-05T10:00:00Z", vpn, null, 1, 7, null);
        data.response("2026-03-20T10:00:00Z", vpn, u1, 1, 0, 7);
        long linkedResponse = data.response("2026-02-20T10:00:00Z", other, u4, 5, null, 6);

        FindingDetails created = admin.call(() -> findings.create(new FindingForm(
                "VPN connectivity",
                "Since March most VPN feedback is negative",
                vpn,
                null,
                null,
                FindingOrigin.INSIGHTS,
                new EvidenceQueryForm(
                        "vpn", "NEGATIVE", null, null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 14)),
                List.of(mail),
                null)));
        long id = created.id();
        admin.call(() -> findings.link(
                id, new EvidenceLinkForm(EvidenceKind.SURVEY_RESPONSE, linkedResponse, null, null, null)));
        admin.call(
                () -> findings.link(id, new EvidenceLinkForm(EvidenceKind.COVERAGE_GAP, null, u1, "OPERATION", vpn)));
        FindingImpact impact = admin.call(() -> findings.get(id)).impact();

        assertEquals(Instant.parse("2026-03-01T00:00:00Z"), impact.from());
        assertEquals(Instant.parse("2026-03-15T00:00:00Z"), impact.to());
        assertEquals(Instant.parse("2026-02-15T00:00:00Z"), impact.previousFrom());
        assertEquals(8, impact.feedbackItems(), "7 negative VPN items of the query and the linked mail item");
        assertEquals(1, impact.surveyResponses());
        assertEquals(1, impact.coverageGaps());
        assertEquals(10, impact.items());
        assertEquals(4, impact.people(), "a, b, c and d (e-mail case ignored); no contact is nobody");
        assertEquals(4, impact.businessUnits(), "U1–U3 from feedback, U4 from the linked response");
        assertEquals(
                Map.of("L1", 4L, "L2", 3L),
                impact.tiers().stream().collect(Collectors.toMap(TierCount::tier, TierCount::items)));

        assertEquals(7, impact.negativeNow().hits());
        assertEquals(10, impact.negativeNow().n());
        assertEquals(70.0, impact.negativeNow().percent(), 1e-9);
        assertEquals(ImpactMath.share(7, 10).low(), impact.negativeNow().low(), 1e-9);
        assertEquals(1, impact.negativeBefore().hits());
        assertEquals(10, impact.negativeBefore().n());
        var change = ImpactMath.change(7, 10, 1, 10);
        assertEquals(60.0, impact.negativeChange().points(), 1e-9);
        assertEquals(change.low(), impact.negativeChange().low(), 1e-9);
        assertEquals(change.high(), impact.negativeChange().high(), 1e-9);
        assertTrue(impact.negativeChange().significant());

        assertEquals(5, impact.csat().n(), "4 answers for the service in the period and the linked one");
        assertEquals(60.0, impact.csat().value(), 1e-9);
        assertEquals(4, impact.nps().n());
        assertEquals(25.0, impact.nps().value(), 1e-9);
        assertEquals(3, impact.ces().n());
        assertEquals(4.0, impact.ces().value(), 1e-9);

        assertEquals(14, impact.trend().size(), "28 days in buckets of 2 days");
        assertEquals(20, impact.trend().stream().mapToLong(TrendPoint::total).sum());
        assertEquals(8, impact.trend().stream().mapToLong(TrendPoint::negative).sum());
        assertEquals(
                Instant.parse("2026-02-15T00:00:00Z"), impact.trend().get(0).start());

        assertEquals(
                List.of("VPN drops hourly", "Cannot connect", "Slow tunnel", "Token rejected", "Client crashes"),
                impact.verbatims().stream().map(Verbatim::text).toList(),
                "five distinct texts, most confident first; the repeated text once");
        // what a review pack quotes: the same verbatims, without computing the rest of the impact
        assertEquals(impact.verbatims(), admin.call(() -> findings.verbatims(id)));
        assertEquals("VPN connectivity", admin.call(() -> findings.title(id)));
    }

    @Test
    void aLinkedTextIsShownAsItIsNow() throws Exception {
        long unit = data.unit("Findings shown");
        long item = data.feedback(
                item("2026-01-10T10:00:00Z", null, unit, null, "POSITIVE", null, 0.8, null, null, "Printer jams"));
        FindingDetails created = admin.call(() -> findings.create(new FindingForm(
                "Printers", "Printers jam", null, null, null, FindingOrigin.INBOX, null, List.of(item), null)));
        assertEquals("POSITIVE", created.evidence().get(0).sentiment());
        assertEquals(created.createdBy(), created.evidence().get(0).linkedBy(), "linked by whoever raised it");
        assertTrue(created.evidence().get(0).linkedAt() != null);
        data.correct(item, "NEGATIVE");
        FindingDetails later = admin.call(() -> findings.get(created.id()));
        assertEquals("NEGATIVE", later.evidence().get(0).sentiment(), "the correction shows, no copy drifted");
        assertEquals("Printer jams", later.evidence().get(0).text());
        assertEquals(100.0, later.impact().negativeNow().percent(), 1e-9);
    }

    @Test
    void linkedFeedbackAloneIsMeasuredOverTheDaysItSpansWithoutAComparison() throws Exception {
        long a = data.feedback(
                item("2026-01-03T10:00:00Z", null, null, null, "NEGATIVE", null, 0.8, "x@y.org", "L0", "One"));
        long b = data.feedback(
                item("2026-01-09T10:00:00Z", null, null, null, "NEUTRAL", null, 0.8, "y@y.org", "L0", "Two"));
        FindingImpact impact = admin.call(() -> findings.create(
                        new FindingForm("Linked only", "Two items", null, null, null, null, null, List.of(a, b), null)))
                .impact();
        assertEquals(Instant.parse("2026-01-03T00:00:00Z"), impact.from());
        assertEquals(Instant.parse("2026-01-10T00:00:00Z"), impact.to());
        assertEquals(2, impact.items());
        assertEquals(2, impact.people());
        assertEquals(50.0, impact.negativeNow().percent(), 1e-9);
        assertEquals(0, impact.negativeBefore().n());
        assertNull(impact.negativeChange().points());
        assertFalse(impact.negativeChange().significant());
    }

    @Test
    void aSavedQueryKeepsCountingAsNewFeedbackArrives() throws Exception {
        long svc = data.service("Findings growing");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String now = Instant.now().minusSeconds(60).toString();
        data.feedback(item(now, svc, null, "wifi", "NEGATIVE", null, 0.8, null, null, "Wifi gone"));
        FindingDetails created = admin.call(() -> findings.create(new FindingForm(
                "Wifi",
                "Wifi complaints",
                svc,
                null,
                null,
                null,
                new EvidenceQueryForm("wifi", null, null, null, today.minusDays(1), null),
                null,
                null)));
        assertEquals(1, created.impact().feedbackItems());
        data.feedback(item(
                Instant.now().minusSeconds(30).toString(),
                svc,
                null,
                "wifi",
                "NEUTRAL",
                null,
                0.8,
                null,
                null,
                "Wifi slow"));
        var later = admin.call(() -> findings.get(created.id())).impact();
        assertEquals(2, later.feedbackItems(), "the new item counts without anyone linking it");
        assertEquals(50.0, later.negativeNow().percent(), 1e-9);
    }

    private static Item item(
            String at,
            Long service,
            Long unit,
            String topic,
            String model,
            String corrected,
            double confidence,
            String email,
            String tier,
            String text) {
        return new Item(at, service, unit, topic, model, corrected, confidence, email, tier, text);
    }

    static List<Long> ids(long... values) {
        List<Long> list = new ArrayList<>();
        for (long v : values) {
            list.add(v);
        }
        return list;
    }
}
