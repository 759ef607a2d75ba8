package dev.gemba.feedback.reanalysis;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import dev.gemba.feedback.entity.ImportState;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The run that brings every analysed item to one model version; lastFeedbackId is its restart point. */
@Entity
@Table(name = "feedback_reanalysis")
public class FeedbackReanalysis {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_reanalysis_seq")
    @SequenceGenerator(name = "feedback_reanalysis_seq", sequenceName = "feedback_reanalysis_seq", allocationSize = 50)
    private Long id;

    @Column(name = "model_version", nullable = false, length = 255)
    private String modelVersion;

    /** QUEUED, RUNNING, COMPLETED or FAILED, as for imports. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 12)
    private ImportState status = ImportState.RUNNING;

    @Column(nullable = false)
    private long total;

    @Column(nullable = false)
    private long queued;

    @Column(name = "last_feedback_id", nullable = false)
    private long lastFeedbackId;

    @Column(length = 120)
    private String node;

    @Column(name = "heartbeat_at")
    private Instant heartbeatAt;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    private long version;

    protected FeedbackReanalysis() {}

    public FeedbackReanalysis(String modelVersion, long total, String node, Instant now) {
        this.modelVersion = modelVersion;
        this.total = total;
        this.startedAt = now;
        claim(node, now);
    }

    public void claim(String nodeName, Instant now) {
        status = ImportState.RUNNING;
        node = nodeName;
        heartbeatAt = now;
    }

    public void chunkDone(long lastId, long count, Instant now) {
        lastFeedbackId = lastId;
        queued += count;
        heartbeatAt = now;
    }

    public void finish(ImportState end, Instant now) {
        status = end;
        finishedAt = now;
        heartbeatAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getModelVersion() {
        return modelVersion;
    }

    public ImportState getStatus() {
        return status;
    }

    public long getTotal() {
        return total;
    }

    public long getQueued() {
        return queued;
    }

    public long getLastFeedbackId() {
        return lastFeedbackId;
    }

    public Instant getHeartbeatAt() {
        return heartbeatAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
