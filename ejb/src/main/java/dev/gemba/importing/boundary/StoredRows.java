package dev.gemba.importing.boundary;

/**
 * What a kind did with a chunk of accepted rows.
 *
 * @param imported rows stored as new records
 * @param duplicates rows whose record was stored already (by an earlier import or earlier in the
 *     same chunk) and left alone
 */
public record StoredRows(long imported, long duplicates) {}
