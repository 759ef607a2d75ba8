package dev.gemba.touchpoint.boundary;

import java.time.Instant;
import java.util.List;

import dev.gemba.touchpoint.entity.LifecyclePhase;

/**
 * Touchpoints per row (service or business unit) and lifecycle phase in a period, with gaps.
 *
 * @param gaps number of cells flagged as gaps
 */
public record CoverageMatrix(
        CoverageDimension dimension,
        Instant from,
        Instant to,
        int staleAfterDays,
        List<LifecyclePhase> phases,
        List<CoverageRow> rows,
        long gaps) {

    public CoverageMatrix {
        phases = List.copyOf(phases);
        rows = List.copyOf(rows);
    }

    /** One service or business unit with a cell per phase, in the order of {@code phases}. */
    public record CoverageRow(long id, String name, List<CoverageCell> cells) {

        public CoverageRow {
            cells = List.copyOf(cells);
        }
    }

    /**
     * @param touchpoints touchpoints in the period
     * @param lastAt the latest of them, or null
     * @param missingInformation the phase's active information items that none of them captured
     * @param gap NO_TOUCHPOINT, STALE, or null when the cell is covered
     */
    public record CoverageCell(
            LifecyclePhase phase, long touchpoints, Instant lastAt, List<String> missingInformation, Gap gap) {

        public CoverageCell {
            missingInformation = List.copyOf(missingInformation);
        }
    }

    /** Why a cell is a gap. */
    public enum Gap {
        NO_TOUCHPOINT,
        STALE
    }
}
