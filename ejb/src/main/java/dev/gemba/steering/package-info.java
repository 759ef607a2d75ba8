/** Steering committees: members and scope, meetings with generated agendas, the append-only decision log. */
package dev.gemba.steering;
