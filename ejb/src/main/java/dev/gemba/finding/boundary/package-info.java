/** Findings as callers see them: forms, details with computed impact, and the service that keeps them. */
package dev.gemba.finding.boundary;
