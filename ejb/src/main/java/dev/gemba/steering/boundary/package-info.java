/** The committee, meeting and decision services and the records they return. */
package dev.gemba.steering.boundary;
