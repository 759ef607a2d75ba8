/** REST resource for interaction feedback: idempotent ingest, the inbox, corrections and their export. */
package dev.gemba.feedback.rest;
