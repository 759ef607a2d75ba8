/** Repositories, the agenda generator, decision effects on the register, the demo committee. */
package dev.gemba.steering.control;
