/** Application services for touchpoints, their vocabularies, follow-ups and lifecycle coverage. */
package dev.gemba.touchpoint.boundary;
