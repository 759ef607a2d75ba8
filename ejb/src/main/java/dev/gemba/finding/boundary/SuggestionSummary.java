package dev.gemba.finding.boundary;

import java.time.Instant;

import dev.gemba.finding.entity.FindingSuggestion;
import dev.gemba.finding.entity.SuggestionKind;
import dev.gemba.finding.entity.SuggestionStatus;

/**
 * A suggested finding with the figures that triggered it: counts in the recent period and the
 * baseline, weekly rates, negative shares, the one-sided exact p-value and its Benjamini–Hochberg
 * q-value. For a coverage gap the baseline is the other services' feedback in the same days, and
 * {@code gapPhases} (comma separated) the phases without a touchpoint in the last {@code staleDays}.
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
        String change,
        String gapPhases,
        Integer staleDays) {

    public static SuggestionSummary of(FindingSuggestion s, String serviceName, String unitName) {
        return of(s, serviceName, unitName, null);
    }

    /**
     * @param change for a change impact, the change in words ("Office upgrade rollout (Rollout)"), else
     *     null
     */
    public static SuggestionSummary of(FindingSuggestion s, String serviceName, String unitName, String change) {
        double recentWeeks = weeks(s.getRecentFrom(), s.getRecentTo());
        // a coverage gap compares with the other services in the same days, not with an earlier period
        double baseWeeks =
                s.getKind() == SuggestionKind.COVERAGE_GAP ? recentWeeks : weeks(s.getBaseFrom(), s.getRecentFrom());
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
                change,
                s.getGapPhases(),
                s.getStaleDays());
    }

    /**
     * "Negative vpn feedback for VPN up from 20% to 70%", in the caller's language (the message
     * bundle's {@code suggestion.*} texts); the accepted finding's title.
     */
    public String headline() {
        return SuggestionWording.headline(this);
    }

    /** The headline with the counts and the test's figures, in the caller's language; the accepted finding's statement. */
    public String statement() {
        return SuggestionWording.statement(this);
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
