/**
 * Import of survey responses exported from other tools, through the feedback import's batch
 * machinery (the same reader, progress, restart and per-row error report).
 */
package dev.gemba.survey.importing;
