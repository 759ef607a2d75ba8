/** Findings: facts about a service or business unit, their linked evidence and saved evidence queries. */
package dev.gemba.finding.entity;
