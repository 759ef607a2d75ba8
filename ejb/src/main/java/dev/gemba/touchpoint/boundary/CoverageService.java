package dev.gemba.touchpoint.boundary;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.security.entity.Role;
import dev.gemba.touchpoint.control.CoverageCalculator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where IT listens to the business across the lifecycle, and where it never does. */
@Stateless
@RolesAllowed(Role.ANY_SIGNED_IN)
public class CoverageService {

    /** The default period. */
    static final int DEFAULT_MONTHS = 6;

    @Inject
    CoverageCalculator calculator;

    @Inject
    @ConfigProperty(name = "gemba.coverage.stale.days", defaultValue = "90")
    int defaultStaleAfterDays;

    Clock clock = Clock.systemUTC();

    /**
     * @param from null: six months before {@code to}
     * @param to null: now
     * @param staleAfterDays null: the configured threshold (gemba.coverage.stale.days)
     */
    public CoverageMatrix coverage(CoverageDimension dimension, Instant from, Instant to, Integer staleAfterDays) {
        return coverage(dimension, null, from, to, staleAfterDays);
    }

    /**
     * The matrix with the row of one service or business unit only (e.g. a review pack's gaps), which
     * reads only that row's touchpoints; no row when there is no such service or unit.
     */
    public CoverageMatrix coverageOf(
            CoverageDimension dimension, long id, Instant from, Instant to, Integer staleAfterDays) {
        return coverage(dimension, id, from, to, staleAfterDays);
    }

    private CoverageMatrix coverage(
            CoverageDimension dimension, Long only, Instant from, Instant to, Integer staleAfterDays) {
        Instant end = to == null ? clock.instant().truncatedTo(ChronoUnit.SECONDS) : to;
        Instant start = from == null
                ? end.atOffset(ZoneOffset.UTC).minusMonths(DEFAULT_MONTHS).toInstant()
                : from;
        if (!start.isBefore(end)) {
            throw new InvalidInputException("from", text("range.from-after-to"));
        }
        int stale = staleAfterDays == null ? defaultStaleAfterDays : staleAfterDays;
        if (stale < 1 || stale > 3660) {
            throw new InvalidInputException("staleAfterDays", text("coverage.stale-days", 1, 3660));
        }
        return calculator.compute(
                new CoverageQuery(dimension == null ? CoverageDimension.SERVICE : dimension, start, end, stale, only));
    }

    public int defaultStaleAfterDays() {
        return defaultStaleAfterDays;
    }
}
