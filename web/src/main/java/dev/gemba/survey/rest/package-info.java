/** REST endpoints for surveys: definitions, ticket-closure invitations, campaigns, scores and the fatigue policy. */
package dev.gemba.survey.rest;
