/**
 * File import, a capability that knows no feature: a file is staged, previewed with a suggested
 * mapping, and imported by one Jakarta Batch chunk job with restart, idempotency, progress and a
 * per-row refusal report. Kinds of rows plug in by implementing {@link
 * dev.gemba.importing.boundary.RowHandler}.
 */
package dev.gemba.importing;
