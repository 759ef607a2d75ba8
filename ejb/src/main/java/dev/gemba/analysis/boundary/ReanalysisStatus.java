package dev.gemba.analysis.boundary;

import java.time.Instant;

import dev.gemba.analysis.entity.Reanalysis;
import dev.gemba.analysis.entity.ReanalysisState;

/**
 * A re-analysis run's progress: texts (feedback, touchpoint notes) queued for the new
 * model of those that had an older one.
 * The queue then analyses them in the background; the inbox shows each new result as it lands.
 */
public record ReanalysisStatus(
        long id,
        String modelVersion,
        ReanalysisState status,
        long total,
        long queued,
        int percent,
        Instant startedAt,
        Instant finishedAt) {

    static ReanalysisStatus of(Reanalysis r) {
        int percent = r.getTotal() == 0 ? 100 : (int) Math.min(100, r.getQueued() * 100 / r.getTotal());
        return new ReanalysisStatus(
                r.getId(),
                r.getModelVersion(),
                r.getStatus(),
                r.getTotal(),
                r.getQueued(),
                r.getStatus() == ReanalysisState.COMPLETED ? 100 : percent,
                r.getStartedAt(),
                r.getFinishedAt());
    }
}
