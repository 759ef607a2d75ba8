/**
 * Re-analysis of stored feedback after a model change, as a restartable Jakarta Batch chunk job
 * that queues the items on the durable work queue.
 */
package dev.gemba.feedback.reanalysis;
