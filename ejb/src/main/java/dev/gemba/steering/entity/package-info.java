/** Committees, meetings, agenda points and decisions as stored. */
package dev.gemba.steering.entity;
