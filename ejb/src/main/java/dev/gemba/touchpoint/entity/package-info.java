/** Touchpoints with the business across the ITIL lifecycle, and what they must capture. */
package dev.gemba.touchpoint.entity;
