/**
 * The durable work queue: asynchronous work is a row in {@code work_item}, written in the same
 * transaction as the data it concerns, and claimed by any node with
 * {@code SELECT … FOR UPDATE SKIP LOCKED}, so several servers can share one database.
 */
package dev.gemba.platform.queue;
