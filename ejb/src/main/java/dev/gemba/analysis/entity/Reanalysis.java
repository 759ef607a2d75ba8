package dev.gemba.analysis.entity;

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

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The run that brings every analysed text, of every kind, to one model version. Kinds are worked
 * through in name order; {@code subjectKind} and {@code lastSubjectId} are its restart point.
 */
@Entity
@Table(name = "text_reanalysis")
public class Reanalysis {

    @Id
    // the sequence keeps the name it had when runs covered feedback only
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_reanalysis_seq")
    @SequenceGenerator(name = "feedback_reanalysis_seq", sequenceName = "feedback_reanalysis_seq", allocationSize = 50)
    private Long id;

    @Column(name = "model_version", nullable = false, length = 255)
    private String modelVersion;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 12)
    private ReanalysisState status = ReanalysisState.RUNNING;

    @Column(nullable = false)
    private long total;

    @Column(nullable = false)
    private long queued;

    /** The kind of text the run is at; null before its first chunk. */
    @Column(name = "subject_kind", length = 40)
    private String subjectKind;

    @Column(name = "last_subject_id", nullable = false)
    private long lastSubjectId;

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

    protected Reanalysis() {}

    public Reanalysis(String modelVersion, long total, String node, Instant now) {
        this.modelVersion = modelVersion;
        this.total = total;
        this.startedAt = now;
        claim(node, now);
    }

    public void claim(String nodeName, Instant now) {
        status = ReanalysisState.RUNNING;
        node = nodeName;
        heartbeatAt = now;
    }

    public void chunkDone(String kind, long lastId, long count, Instant now) {
        subjectKind = kind;
        lastSubjectId = lastId;
        queued += count;
        heartbeatAt = now;
    }

    public void finish(ReanalysisState end, Instant now) {
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

    public ReanalysisState getStatus() {
        return status;
    }

    public long getTotal() {
        return total;
    }

    public long getQueued() {
        return queued;
    }

    public String getSubjectKind() {
        return subjectKind;
    }

    public long getLastSubjectId() {
        return lastSubjectId;
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
