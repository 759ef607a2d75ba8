package dev.gemba.importing.entity;

/** File formats an import reads. */
public enum ImportFormat {
    /** RFC 4180 comma-separated values with a header row; UTF-8. */
    CSV,
    /** One JSON object per line; UTF-8. */
    JSONL,
    /** An Excel workbook: its first sheet, the first row the header. */
    XLSX
}
