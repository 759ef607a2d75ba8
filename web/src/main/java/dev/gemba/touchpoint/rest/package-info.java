/** REST resources for touchpoints, their vocabularies, follow-ups and coverage. */
package dev.gemba.touchpoint.rest;
