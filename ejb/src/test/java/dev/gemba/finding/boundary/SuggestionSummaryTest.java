package dev.gemba.finding.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import dev.gemba.finding.entity.FindingSuggestion;
import dev.gemba.finding.entity.SuggestionKind;
import dev.gemba.platform.boundary.CallerLocale;
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

    @Test
    void aCoverageGapNamesThePhasesAndComparesWithTheOtherServices() {
        var s = coverageGap();
        var summary = SuggestionSummary.of(stored(s), "VPN", null);
        assertEquals(
                "No Strategy or Design touchpoint with VPN in the last 90 days, while 60% of its feedback in the last"
                        + " 7 days was negative (other services: 25%)",
                summary.headline());
        assertTrue(
                summary.statement()
                        .startsWith(summary.headline() + " (last 7 days: 40 items, 24 negative; the other services in"
                                + " the same days: 4000 items, 1000 negative; one-sided Fisher's exact test p ="),
                summary.statement());
    }

    @Test
    void germanReadersGetGermanStatements() {
        var gap = SuggestionSummary.of(stored(coverageGap()), "VPN", null);
        var csat = new FindingSuggestion("CSAT|service:3", SuggestionKind.SCORE_DROP, "CSAT", 3L, null, null);
        csat.observed(
                CHANGE,
                CHANGE.plus(7, ChronoUnit.DAYS),
                CHANGE.minus(56, ChronoUnit.DAYS),
                40,
                20,
                300,
                45,
                1.5e-8,
                1e-6,
                CHANGE);
        var change = new FindingSuggestion(
                "VOLUME|change:7|service:3", SuggestionKind.CHANGE_IMPACT, "VOLUME", 3L, null, null);
        change.observed(
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
        try (var german = CallerLocale.use(Locale.GERMAN)) {
            assertEquals(
                    "Kein Berührungspunkt mit VPN in den letzten 90 Tagen in der Phase Strategie oder Design, während 60 %"
                            + " seines Feedbacks der letzten 7 Tage negativ waren (andere Services: 25 %)",
                    gap.headline());
            assertTrue(gap.statement().contains("einseitiger exakter Test nach Fisher p = "), gap.statement());
            var score = SuggestionSummary.of(stored(csat), "VPN", null);
            assertEquals("CSAT für VPN von 85 % auf 50 % Zufriedene gesunken", score.headline());
            assertTrue(score.statement().contains("p = 1,5e-08"), score.statement());
            assertEquals(
                    "Seit der Änderung „Office-Upgrade (Rollout)“ am 03.03.2026 stieg das Feedback zu Email von 12,0"
                            + " auf 41,0 pro Woche, 71 % negativ",
                    SuggestionSummary.of(stored(change), "Email", null, "Office-Upgrade (Rollout)")
                            .headline());
        }
    }

    /** 40 items in the last 7 days, 24 negative; the other services 4,000 and 1,000; Strategy and Design gaps. */
    private static FindingSuggestion coverageGap() {
        var s = new FindingSuggestion(
                "NEGATIVE_SHARE|coverage:service:3", SuggestionKind.COVERAGE_GAP, "NEGATIVE_SHARE", 3L, null, null);
        s.observed(CHANGE, CHANGE.plus(7, ChronoUnit.DAYS), CHANGE, 40, 24, 4000, 1000, 1e-9, 1e-7, CHANGE);
        s.coverageGap("STRATEGY,DESIGN", 90);
        return s;
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
