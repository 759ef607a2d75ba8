package dev.gemba.finding.boundary;

import static dev.gemba.finding.control.SuggestionDetector.BASE_DAYS;
import static dev.gemba.finding.control.SuggestionDetector.RECENT_DAYS;

import java.time.Instant;
import java.util.Locale;

import dev.gemba.finding.entity.FindingSuggestion;
import dev.gemba.finding.entity.SuggestionKind;
import dev.gemba.finding.entity.SuggestionStatus;

/**
 * A suggested finding with the figures that triggered it: counts in the recent period and the
 * baseline, weekly rates, negative shares, the one-sided exact p-value and its Benjamini–Hochberg
 * q-value.
 */
public record SuggestionSummary(
        long id,
        SuggestionKind kind,
        String measure,
        Long serviceId,
        String serviceName,
        Long businessUnitId,
        String businessUnitName,
        String topic,
        SuggestionStatus status,
        Instant recentFrom,
        Instant recentTo,
        Instant baseFrom,
        long recentTotal,
        long recentNegative,
        long baseTotal,
        long baseNegative,
        double recentPerWeek,
        double basePerWeek,
        double recentNegativeShare,
        double baseNegativeShare,
        double p,
        double q,
        Instant detectedAt,
        String decidedBy,
        Instant decidedAt,
        String dismissReason,
        Long findingId,
        long version,
        String change) {

    public static SuggestionSummary of(FindingSuggestion s, String serviceName, String unitName) {
        return of(s, serviceName, unitName, null);
    }

    /**
     * @param change for a change impact, the change in words ("Office upgrade rollout (Rollout)"), else
     *     null
     */
    public static SuggestionSummary of(FindingSuggestion s, String serviceName, String unitName, String change) {
        double recentWeeks = weeks(s.getRecentFrom(), s.getRecentTo());
        double baseWeeks = weeks(s.getBaseFrom(), s.getRecentFrom());
        return new SuggestionSummary(
                s.getId(),
                s.getKind(),
                s.getMeasure(),
                s.getServiceId(),
                serviceName,
                s.getBusinessUnitId(),
                unitName,
                s.getTopic(),
                s.getStatus(),
                s.getRecentFrom(),
                s.getRecentTo(),
                s.getBaseFrom(),
                s.getRecentTotal(),
                s.getRecentNegative(),
                s.getBaseTotal(),
                s.getBaseNegative(),
                s.getRecentTotal() / recentWeeks,
                s.getBaseTotal() / baseWeeks,
                share(s.getRecentNegative(), s.getRecentTotal()),
                share(s.getBaseNegative(), s.getBaseTotal()),
                s.getPValue(),
                s.getQValue(),
                s.getDetectedAt(),
                s.getDecidedBy(),
                s.getDecidedAt(),
                s.getDismissReason(),
                s.getFindingId(),
                s.getVersion(),
                change);
    }

    /** "Negative vpn feedback for VPN up from 20% to 70%": English, as the accepted finding's title. */
    public String headline() {
        if (kind == SuggestionKind.CHANGE_IMPACT) {
            return changeHeadline();
        }
        if (kind == SuggestionKind.SCORE_DROP) {
            return "NPS".equals(measure)
                    ? String.format(
                            Locale.ROOT,
                            "NPS detractors for %s up from %.0f%% to %.0f%% of responses",
                            scope(),
                            baseNegativeShare,
                            recentNegativeShare)
                    : String.format(
                            Locale.ROOT,
                            "CSAT for %s down from %.0f%% to %.0f%% satisfied",
                            scope(),
                            100 - baseNegativeShare,
                            100 - recentNegativeShare);
        }
        return "NEGATIVE_SHARE".equals(measure)
                ? String.format(
                        Locale.ROOT,
                        "Negative %s feedback for %s up from %.0f%% to %.0f%%",
                        topic,
                        scope(),
                        baseNegativeShare,
                        recentNegativeShare)
                : String.format(
                        Locale.ROOT,
                        "%s feedback for %s up from %.1f to %.1f a week",
                        topic,
                        scope(),
                        basePerWeek,
                        recentPerWeek);
    }

    /**
     * "Since the Office upgrade rollout (Rollout) on 2026-03-03, feedback about Email rose from 12.0 to
     * 41.0 a week, 70% negative": names the change, its date and the service.
     */
    private String changeHeadline() {
        String date =
                recentFrom.atOffset(java.time.ZoneOffset.UTC).toLocalDate().toString();
        String what = change == null ? "change" : change;
        return "NEGATIVE_SHARE".equals(measure)
                ? String.format(
                        Locale.ROOT,
                        "Since the %s on %s, negative feedback about %s rose from %.0f%% to %.0f%% (%.1f items a"
                                + " week, before %.1f)",
                        what,
                        date,
                        scope(),
                        baseNegativeShare,
                        recentNegativeShare,
                        recentPerWeek,
                        basePerWeek)
                : String.format(
                        Locale.ROOT,
                        "Since the %s on %s, feedback about %s rose from %.1f to %.1f a week, %.0f%% negative",
                        what,
                        date,
                        scope(),
                        basePerWeek,
                        recentPerWeek,
                        recentNegativeShare);
    }

    /** The headline with the counts and the test's figures, as the accepted finding's statement. */
    public String statement() {
        if (kind == SuggestionKind.SCORE_DROP) {
            return headline()
                    + String.format(
                            Locale.ROOT,
                            " (last %d days: %d responses, %d %s; the %d days before: %d responses, %d %s;"
                                    + " one-sided Fisher's exact test p = %.2g, Benjamini–Hochberg q = %.2g).",
                            RECENT_DAYS,
                            recentTotal,
                            recentNegative,
                            "NPS".equals(measure) ? "detractors" : "unsatisfied",
                            BASE_DAYS,
                            baseTotal,
                            baseNegative,
                            "NPS".equals(measure) ? "detractors" : "unsatisfied",
                            p,
                            q);
        }
        if (kind == SuggestionKind.CHANGE_IMPACT) {
            return headline()
                    + String.format(
                            Locale.ROOT,
                            " (%d days since the change: %d items, %d negative; the %d days before: %d items, %d"
                                    + " negative; one-sided exact test p = %.2g, Benjamini–Hochberg q = %.2g).",
                            Math.round(java.time.Duration.between(recentFrom, recentTo)
                                            .toHours()
                                    / 24.0),
                            recentTotal,
                            recentNegative,
                            Math.round(java.time.Duration.between(baseFrom, recentFrom)
                                            .toHours()
                                    / 24.0),
                            baseTotal,
                            baseNegative,
                            p,
                            q);
        }
        return headline()
                + String.format(
                        Locale.ROOT,
                        " (last %d days: %d items, %d negative; the %d days before: %d items, %d negative;"
                                + " one-sided exact test p = %.2g, Benjamini–Hochberg q = %.2g).",
                        RECENT_DAYS,
                        recentTotal,
                        recentNegative,
                        BASE_DAYS,
                        baseTotal,
                        baseNegative,
                        p,
                        q);
    }

    /** The scope in words: the service's name, else the business unit's. */
    public String scope() {
        return serviceName != null ? serviceName : businessUnitName;
    }

    private static double weeks(Instant from, Instant to) {
        return Math.max(1, java.time.Duration.between(from, to).toSeconds()) / (7 * 86400.0);
    }

    private static double share(long hits, long n) {
        return n == 0 ? 0 : 100.0 * hits / n;
    }
}
