package dev.gemba.touchpoint.boundary;

import java.time.Instant;

/**
 * Which coverage matrix to compute.
 *
 * @param dimension rows are services or business units
 * @param from inclusive start of the period
 * @param to exclusive end of the period; staleness is judged as of this instant
 * @param staleAfterDays a cell whose last touchpoint is older than this many days before {@code to} is a gap
 * @param only null: a row for every service or business unit; else the row of this one only
 */
public record CoverageQuery(CoverageDimension dimension, Instant from, Instant to, int staleAfterDays, Long only) {}
