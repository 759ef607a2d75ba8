package dev.gemba.it.finding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.ejb.EJB;

import dev.gemba.finding.boundary.FindingDetails;
import dev.gemba.finding.boundary.FindingSuggestionService;
import dev.gemba.finding.boundary.SuggestionDecision;
import dev.gemba.finding.boundary.SuggestionSummary;
import dev.gemba.finding.entity.FindingOrigin;
import dev.gemba.finding.entity.SuggestionKind;
import dev.gemba.finding.entity.SuggestionStatus;
import dev.gemba.it.Deployments;
import dev.gemba.it.RunAsAdmin;
import dev.gemba.it.finding.FeedbackDataSet.Item;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.boundary.PageRequest;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The detector against the database: a planted spike on a service of its own is suggested, a
 * steady service beside it is not; accepting makes a finding, dismissing needs a reason, and a
 * dismissed signal returns only after it has grown materially.
 */
@ExtendWith(ArquillianExtension.class)
class SuggestionsIT {

    @EJB
    FindingSuggestionService suggestions;

    @EJB
    FeedbackDataSet data;

    @EJB
    RunAsAdmin admin;

    @Deployment
    static EnterpriseArchive deployment() throws Exception {
        return Deployments.gembaWith(
                SuggestionsIT.class, FeedbackDataSet.class, FeedbackDataSet.Item.class, RunAsAdmin.class);
    }

    @Test
    void aPlantedSpikeIsSuggestedAcceptedOrDismissedAndReturnsOnlyWhenItGrows() throws Exception {
        String topic = "spike-" + UUID.randomUUID().toString().substring(0, 8);
        long spiky = data.service("Suggest spiky");
        long steady = data.service("Suggest steady");
        Instant now = Instant.now();
        // baseline: 14 items over 8 weeks (2 negative) on both services; the steady one goes on so
        for (int i = 0; i < 14; i++) {
            Instant at = now.minus(Duration.ofDays(8 + 4L * i));
            data.feedback(item(at, spiky, topic, i < 2 ? "NEGATIVE" : "POSITIVE"));
            data.feedback(item(at, steady, topic, i < 2 ? "NEGATIVE" : "POSITIVE"));
        }
        data.feedback(item(now.minus(Duration.ofDays(3)), steady, topic, "POSITIVE"));
        data.feedback(item(now.minus(Duration.ofDays(5)), steady, topic, "POSITIVE"));
        // the last week on the spiky service: 25 items, 20 negative
        for (int i = 0; i < 25; i++) {
            data.feedback(item(now.minus(Duration.ofHours(2 + 6L * i)), spiky, topic, i < 20 ? "NEGATIVE" : "NEUTRAL"));
        }

        var run = admin.call(() -> suggestions.detect());
        assertTrue(run.signals() >= 2, run.toString());
        List<SuggestionSummary> mine = ofTopic(topic);
        assertEquals(2, mine.size(), "volume and negative share of the spiky service, nothing for the steady one");
        assertTrue(mine.stream().allMatch(s -> s.serviceId() == spiky && s.status() == SuggestionStatus.PENDING));
        SuggestionSummary share = mine.stream()
                .filter(s -> s.measure().equals("NEGATIVE_SHARE"))
                .findFirst()
                .orElseThrow();
        SuggestionSummary volume = mine.stream()
                .filter(s -> s.measure().equals("VOLUME"))
                .findFirst()
                .orElseThrow();
        assertEquals(25, share.recentTotal());
        assertEquals(20, share.recentNegative());
        assertEquals(14, share.baseTotal());
        assertTrue(share.q() <= 0.05 && share.p() <= share.q(), share.toString());

        var noReason = assertThrows(
                InvalidInputException.class,
                () -> admin.call(() ->
                        suggestions.dismiss(share.id(), new SuggestionDecision(" ", null, null, share.version()))));
        assertEquals("reason", noReason.errors().get(0).field());
        var dismissed = admin.call(() -> suggestions.dismiss(
                share.id(), new SuggestionDecision("Known outage, already fixed", null, null, share.version())));
        assertEquals(SuggestionStatus.DISMISSED, dismissed.status());
        assertTrue(dismissed.decidedBy() != null && dismissed.decidedAt() != null, "who dismissed it and when");

        admin.call(() -> suggestions.detect());
        assertEquals(
                SuggestionStatus.DISMISSED,
                admin.call(() -> suggestions.get(share.id())).status(),
                "the same signal again is not suggested again");

        for (int i = 0; i < 20; i++) {
            data.feedback(item(now.minus(Duration.ofHours(1 + 3L * i)), spiky, topic, "NEGATIVE"));
        }
        admin.call(() -> suggestions.detect());
        var back = admin.call(() -> suggestions.get(share.id()));
        assertEquals(
                SuggestionStatus.PENDING, back.status(), "40 negative items against 20 at dismissal: grown materially");
        assertEquals(40, back.recentNegative());

        var current = admin.call(() -> suggestions.get(volume.id()));
        FindingDetails finding = admin.call(
                () -> suggestions.accept(volume.id(), new SuggestionDecision(null, null, null, current.version())));
        assertEquals(FindingOrigin.SUGGESTION, finding.origin());
        assertEquals(spiky, finding.serviceId());
        assertEquals(topic, finding.query().topic());
        assertEquals(45, finding.impact().feedbackItems(), "the finding counts the spike's items from its query");
        var accepted = admin.call(() -> suggestions.get(volume.id()));
        assertEquals(SuggestionStatus.ACCEPTED, accepted.status());
        assertEquals(finding.id(), accepted.findingId());
        var twice = assertThrows(
                InvalidInputException.class,
                () -> admin.call(() ->
                        suggestions.accept(volume.id(), new SuggestionDecision(null, null, null, accepted.version()))));
        assertEquals("status", twice.errors().get(0).field());
    }

    @Test
    void theImpactOfAChangeIsSuggestedNamingTheChange() throws Exception {
        long service = data.service("Suggest changed");
        long unit = data.unit("Suggest changed");
        Instant now = Instant.now();
        Instant change = now.minus(Duration.ofDays(8));
        // steady state: 16 items over the 8 weeks before the change, 2 negative
        for (int i = 0; i < 16; i++) {
            data.feedback(
                    item(change.minus(Duration.ofDays(1 + 3L * i)), service, "mail", i < 2 ? "NEGATIVE" : "POSITIVE"));
        }
        // the 8 days since: 24 items, 18 negative
        for (int i = 0; i < 24; i++) {
            data.feedback(
                    item(change.plus(Duration.ofHours(2 + 7L * i)), service, "mail", i < 18 ? "NEGATIVE" : "NEUTRAL"));
        }
        data.change(change, unit, service, "Office upgrade rollout");

        admin.call(() -> suggestions.detect());
        List<SuggestionSummary> impacts =
                admin.call(() -> suggestions.search(null, new PageRequest(0, 500, null, false))).items().stream()
                        .filter(s -> s.kind() == SuggestionKind.CHANGE_IMPACT && s.serviceId() == service)
                        .toList();
        assertEquals(2, impacts.size(), "volume and negative share after the change: " + impacts);
        SuggestionSummary volume = impacts.stream()
                .filter(s -> s.measure().equals("VOLUME"))
                .findFirst()
                .orElseThrow();
        assertEquals(24, volume.recentTotal());
        assertEquals(18, volume.recentNegative());
        assertEquals(16, volume.baseTotal());
        assertEquals(
                change.truncatedTo(java.time.temporal.ChronoUnit.MILLIS),
                volume.recentFrom().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        String date = change.atOffset(java.time.ZoneOffset.UTC).toLocalDate().toString();
        assertTrue(
                volume.headline()
                        .startsWith("Since the Office upgrade rollout (Rollout planning) on " + date
                                + ", feedback about Suggest changed"),
                volume.headline());
        assertTrue(volume.headline().endsWith("a week, 75% negative"), volume.headline());
    }

    @Test
    void aCoverageGapIsSuggestedOnlyWhereTheServiceHasAGapAndNegativeFeedback() throws Exception {
        long gap = data.service("Coverage gap, negative");
        long covered = data.service("Coverage fine, negative");
        long calm = data.service("Coverage gap, calm");
        long unit = data.unit("Coverage");
        Instant now = Instant.now();
        // the last week: 30 items on each, 29 negative on the first two, none on the third
        for (int i = 0; i < 30; i++) {
            Instant at = now.minus(Duration.ofHours(2 + 5L * i));
            data.feedback(item(at, gap, "coverage", i < 29 ? "NEGATIVE" : "NEUTRAL"));
            data.feedback(item(at, covered, "coverage", i < 29 ? "NEGATIVE" : "NEUTRAL"));
            data.feedback(item(at, calm, "coverage", "POSITIVE"));
        }
        // every phase of the second service had a touchpoint 30 days ago; the first has Operation only
        for (var phase : dev.gemba.touchpoint.entity.LifecyclePhase.values()) {
            data.touchpoint(now.minus(Duration.ofDays(30)), unit, covered, phase);
        }
        data.touchpoint(
                now.minus(Duration.ofDays(30)), unit, gap, dev.gemba.touchpoint.entity.LifecyclePhase.OPERATION);

        admin.call(() -> suggestions.detect());
        List<SuggestionSummary> gaps =
                admin.call(() -> suggestions.search(null, new PageRequest(0, 500, null, false))).items().stream()
                        .filter(s -> s.kind() == SuggestionKind.COVERAGE_GAP)
                        .toList();
        List<SuggestionSummary> mine =
                gaps.stream().filter(s -> s.serviceId() == gap).toList();
        assertEquals(1, mine.size(), gaps.toString());
        assertTrue(gaps.stream().noneMatch(s -> s.serviceId() == covered), "coverage is fine: " + gaps);
        assertTrue(gaps.stream().noneMatch(s -> s.serviceId() == calm), "feedback is not negative: " + gaps);
        SuggestionSummary s = mine.get(0);
        assertEquals("STRATEGY,DESIGN,TRANSITION,CSI", s.gapPhases());
        assertEquals(90, s.staleDays());
        assertEquals(30, s.recentTotal());
        assertEquals(29, s.recentNegative());
        assertTrue(s.q() <= 0.05, s.toString());
        assertTrue(
                s.headline()
                        .startsWith("No Strategy, Design, Transition or CSI touchpoint with Coverage gap, negative"),
                s.headline());

        FindingDetails finding =
                admin.call(() -> suggestions.accept(s.id(), new SuggestionDecision(null, null, null, s.version())));
        assertEquals(gap, finding.serviceId());
        // four phases and a long service name make the headline longer than a title's 200 characters
        assertTrue(s.headline().length() > 200, s.headline());
        assertEquals(200, finding.title().length(), finding.title());
        assertEquals(s.headline().substring(0, 199) + "…", finding.title());
        assertTrue(finding.statement().startsWith(s.headline()), finding.statement());
        assertEquals("NEGATIVE", finding.query().sentiment());
    }

    private List<SuggestionSummary> ofTopic(String topic) throws Exception {
        return admin.call(() -> suggestions.search(null, new PageRequest(0, 500, null, false))).items().stream()
                .filter(s -> topic.equals(s.topic()))
                .toList();
    }

    private static Item item(Instant at, long service, String topic, String sentiment) {
        return new Item(
                at.toString(), service, null, topic, sentiment, null, 0.8, null, null, "Signal " + UUID.randomUUID());
    }
}
