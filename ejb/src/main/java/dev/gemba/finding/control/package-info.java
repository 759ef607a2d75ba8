/** Storage of findings and the computation of their impact from the evidence. */
package dev.gemba.finding.control;
