package dev.gemba.importing.entity;

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
 * One uploaded file being imported as rows of a kind: its column mapping, the kind's settings and
 * the progress. rowsRead is committed together with each chunk's rows, so a restarted import
 * continues after it.
 */
@Entity
@Table(name = "file_import")
public class FileImport {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "file_import_seq")
    // the sequence keeps the name it had when imports were feedback's alone (H2 cannot rename one)
    @SequenceGenerator(name = "file_import_seq", sequenceName = "feedback_import_seq", allocationSize = 50)
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

    /** The kind of rows: the name of the row handler that reads and stores them. */
    @Column(nullable = false, length = 40)
    private String kind;

    /** JSON object of the kind's settings (a survey, a default channel), strings by name. */
    @Column(length = 2000)
    private String options;

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

    protected FileImport() {}

    public FileImport(
            String kind,
            String fileName,
            ImportFormat format,
            String mapping,
            String options,
            long totalRows,
            String createdBy,
            Instant now) {
        this.kind = kind;
        this.fileName = fileName;
        this.format = format;
        this.mapping = mapping;
        this.options = options;
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

    public String getKind() {
        return kind;
    }

    public String getOptions() {
        return options == null ? "{}" : options;
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
