package dev.gemba.finding.control;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import dev.gemba.finding.entity.EvidenceQuery;

/**
 * The period a finding's figures are counted in, and the previous period of the same length that
 * the change is measured against. A saved query's {@code since}/{@code until} are whole UTC days,
 * both inclusive; without {@code until} the period ends now; without {@code since} it starts at the
 * first linked feedback's day, else {@value #DEFAULT_DAYS} days before its end.
 *
 * @param from inclusive
 * @param to exclusive
 */
public record ImpactWindow(Instant from, Instant to) {

    public static final int DEFAULT_DAYS = 30;

    public ImpactWindow {
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("empty period " + from + " – " + to);
        }
    }

    /**
     * @param firstLinked the day of the earliest linked feedback, or null
     * @param lastLinked the day of the latest linked feedback, or null
     */
    public static ImpactWindow of(EvidenceQuery query, LocalDate firstLinked, LocalDate lastLinked, Instant now) {
        LocalDate since = query == null ? null : query.since();
        LocalDate until = query == null ? null : query.until();
        Instant to;
        if (until != null) {
            to = startOf(until.plusDays(1));
        } else if (query == null && lastLinked != null) {
            to = startOf(lastLinked.plusDays(1));
        } else {
            to = now;
        }
        Instant from;
        if (since != null) {
            from = startOf(since);
        } else if (firstLinked != null && startOf(firstLinked).isBefore(to)) {
            from = startOf(firstLinked);
        } else {
            from = to.minus(Duration.ofDays(DEFAULT_DAYS));
        }
        return new ImpactWindow(from, to);
    }

    /** The period of the same length just before this one. */
    public ImpactWindow previous() {
        return new ImpactWindow(from.minus(length()), from);
    }

    public Duration length() {
        return Duration.between(from, to);
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
