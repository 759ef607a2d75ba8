/** The CSI register's use cases: propose, change, decide and deliver improvement items, and measure them. */
package dev.gemba.improvement.boundary;
