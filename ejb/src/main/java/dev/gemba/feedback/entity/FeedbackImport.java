package dev.gemba.feedback.entity;

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
 * One uploaded file of feedback being imported: its column mapping and progress. rowsRead is
 * committed together with each chunk's items, so a restarted import continues after it.
 */
@Entity
@Table(name = "feedback_import")
public class FeedbackImport {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "feedback_import_seq")
    @SequenceGenerator(name = "feedback_import_seq", sequenceName = "feedback_import_seq", allocationSize = 50)
    private Long id;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 8)
    private ImportFormat format;

    /** JSON object: Gemba field name to the file's column (CSV header or JSON key). */
    @Column(nullable = false, length = 4000)
    private String mapping;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "default_channel", nullable = false, length = 20)
    private Channel defaultChannel;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 12)
    private ImportState status = ImportState.QUEUED;

    @Column(name = "total_rows", nullable = false)
    private long totalRows;

    @Column(name = "rows_read", nullable = false)
    private long rowsRead;

    @Column(name = "rows_imported", nullable = false)
    private long rowsImported;

    @Column(name = "rows_duplicate", nullable = false)
    private long rowsDuplicate;

    @Column(name = "rows_failed", nullable = false)
    private long rowsFailed;

    @Column(length = 2000)
    private String error;

    /** The zone of times the file writes without one; null in imports made before it was asked (UTC). */
    @Column(name = "time_zone", length = 60)
    private String timeZone;

    /** Set for an import of survey responses: the survey whose questions the rows answer. */
    @Column(name = "survey_id")
    private Long surveyId;

    @Column(length = 120)
    private String node;

    @Column(name = "heartbeat_at")
    private Instant heartbeatAt;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Version
    private long version;

    protected FeedbackImport() {}

    public FeedbackImport(
            String fileName,
            ImportFormat format,
            String mapping,
            Channel defaultChannel,
            long totalRows,
            String createdBy,
            Instant now) {
        this.fileName = fileName;
        this.format = format;
        this.mapping = mapping;
        this.defaultChannel = defaultChannel;
        this.totalRows = totalRows;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /** A node takes the import on: first start or resumption after a crash. */
    public void claim(String nodeName, Instant now) {
        status = ImportState.RUNNING;
        node = nodeName;
        heartbeatAt = now;
        if (startedAt == null) {
            startedAt = now;
        }
    }

    /** Counts one committed chunk. */
    public void chunkDone(long lastRow, long imported, long duplicates, long failed, Instant now) {
        rowsRead = lastRow;
        rowsImported += imported;
        rowsDuplicate += duplicates;
        rowsFailed += failed;
        heartbeatAt = now;
    }

    public void finish(ImportState end, String reason, Instant now) {
        status = end;
        error = reason;
        finishedAt = now;
        heartbeatAt = now;
    }

    public Long getSurveyId() {
        return surveyId;
    }

    public void forSurvey(long surveyId) {
        this.surveyId = surveyId;
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public ImportFormat getFormat() {
        return format;
    }

    public String getMapping() {
        return mapping;
    }

    public Channel getDefaultChannel() {
        return defaultChannel;
    }

    /** Times without a zone in the file are read in this zone. */
    public java.time.ZoneId getTimeZone() {
        return timeZone == null ? java.time.ZoneOffset.UTC : java.time.ZoneId.of(timeZone);
    }

    public void readTimesIn(java.time.ZoneId zone) {
        this.timeZone = zone.getId();
    }

    public ImportState getStatus() {
        return status;
    }

    public long getTotalRows() {
        return totalRows;
    }

    public long getRowsRead() {
        return rowsRead;
    }

    public long getRowsImported() {
        return rowsImported;
    }

    public long getRowsDuplicate() {
        return rowsDuplicate;
    }

    public long getRowsFailed() {
        return rowsFailed;
    }

    public String getError() {
        return error;
    }

    public String getNode() {
        return node;
    }

    public Instant getHeartbeatAt() {
        return heartbeatAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public long getVersion() {
        return version;
    }
}
