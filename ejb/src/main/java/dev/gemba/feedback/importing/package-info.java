/**
 * Bulk import of interaction feedback as a Jakarta Batch chunk job: streamed rows, a column
 * mapping, idempotency by external id, per-row errors, restart from the last committed chunk.
 */
package dev.gemba.feedback.importing;
