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
        long version) {

    public static SuggestionSummary of(FindingSuggestion s, String serviceName, String unitName) {
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
                s.getVersion());
    }

    /** "Negative vpn feedback for VPN up from 20% to 70%": English, as the accepted finding's title. */
    public String headline() {
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

    /** The headline with the counts and the test's figures, as the accepted finding's statement. */
    public String statement() {
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
