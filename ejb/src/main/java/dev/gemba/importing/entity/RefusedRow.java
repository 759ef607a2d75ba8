package dev.gemba.importing.entity;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A row an import refused: where (row number, source column) and why. */
@Entity
@Table(name = "file_import_error")
@IdClass(RefusedRow.Key.class)
public class RefusedRow {

    /** Rows are numbered as a spreadsheet shows them: the CSV header is row 1; JSONL lines from 1. */
    @Id
    @Column(name = "import_id")
    private long importId;

    @Id
    @Column(name = "row_number")
    private long rowNumber;

    @Column(name = "column_name", length = 120)
    private String column;

    /** In English, as the REST API reports it. */
    @Column(nullable = false, length = 1000)
    private String reason;

    /** The message key and arguments of the reason, to show it in the reader's language (null in older rows). */
    @Column(name = "reason_key", length = 80)
    private String reasonKey;

    @Column(name = "reason_args", length = 2000)
    private String reasonArgs;

    protected RefusedRow() {}

    public RefusedRow(
            long importId, long rowNumber, String column, String reason, String reasonKey, String reasonArgs) {
        this.importId = importId;
        this.rowNumber = rowNumber;
        this.column = column;
        this.reason = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
        this.reasonKey = reasonKey;
        this.reasonArgs = reasonArgs;
    }

    public long getRowNumber() {
        return rowNumber;
    }

    public String getColumn() {
        return column;
    }

    public String getReason() {
        return reason;
    }

    public String getReasonKey() {
        return reasonKey;
    }

    public String getReasonArgs() {
        return reasonArgs;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private long importId;
        private long rowNumber;

        public Key() {}

        public Key(long importId, long rowNumber) {
            this.importId = importId;
            this.rowNumber = rowNumber;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.importId == importId && k.rowNumber == rowNumber;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(importId) * 31 + Long.hashCode(rowNumber);
        }
    }
}
