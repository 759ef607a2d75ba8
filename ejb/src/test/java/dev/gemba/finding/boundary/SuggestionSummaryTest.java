package dev.gemba.finding.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import dev.gemba.finding.entity.FindingSuggestion;
import dev.gemba.finding.entity.SuggestionKind;
import org.junit.jupiter.api.Test;

/** The statements of the signal kinds: a change impact names the change, its date and the service. */
class SuggestionSummaryTest {

    private static final Instant CHANGE = Instant.parse("2026-03-03T09:00:00Z");

    @Test
    void aChangeImpactNamesTheChange() {
        var s = new FindingSuggestion(
                "VOLUME|change:7|service:3", SuggestionKind.CHANGE_IMPACT, "VOLUME", 3L, null, null);
        // 12 a week for 8 weeks before, 41 in the week after, 29 of them negative
        s.observed(
                CHANGE,
                CHANGE.plus(7, ChronoUnit.DAYS),
                CHANGE.minus(56, ChronoUnit.DAYS),
                41,
                29,
                96,
                20,
                1e-9,
                1e-7,
                CHANGE);
        var summary = SuggestionSummary.of(stored(s), "Email", null, "Office upgrade rollout (Rollout)");
        assertEquals(
                "Since the Office upgrade rollout (Rollout) on 2026-03-03, feedback about Email rose from 12.0 to 41.0"
                        + " a week, 71% negative",
                summary.headline());
        assertTrue(summary.statement().startsWith(summary.headline() + " (7 days since the change: 41 items"));
    }

    @Test
    void aCsatDropSaysSatisfiedShares() {
        var s = new FindingSuggestion("CSAT|service:3", SuggestionKind.SCORE_DROP, "CSAT", 3L, null, null);
        s.observed(
                CHANGE,
                CHANGE.plus(7, ChronoUnit.DAYS),
                CHANGE.minus(56, ChronoUnit.DAYS),
                40,
                20,
                300,
                45,
                1e-8,
                1e-6,
                CHANGE);
        var summary = SuggestionSummary.of(stored(s), "VPN", null);
        assertEquals("CSAT for VPN down from 85% to 50% satisfied", summary.headline());
        // a dismissed score drop is judged by its unsatisfied responses
        assertEquals(20, s.signalCount());
    }

    /** As stored: with an id. */
    private static FindingSuggestion stored(FindingSuggestion s) {
        try {
            var id = FindingSuggestion.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(s, 1L);
            return s;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
