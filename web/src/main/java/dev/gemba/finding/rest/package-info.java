/** REST resources for findings, their evidence and suggested findings. */
package dev.gemba.finding.rest;
