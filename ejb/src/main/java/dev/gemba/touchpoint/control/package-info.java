/** Persistence and computations behind the touchpoint services. */
package dev.gemba.touchpoint.control;
