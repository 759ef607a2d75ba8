package dev.gemba.feedback.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

import dev.gemba.importing.rest.ImportsResource;
import dev.gemba.security.entity.Role;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The address imports had before they served every kind, kept for existing integrations:
 * /api/v1/feedback/imports is /api/v1/imports with feedback as the kind when none is named, or
 * survey responses when the request names a surveyId (as it used to).
 */
@Path("feedback/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feedback")
@RolesAllowed({Role.ADMIN_NAME, Role.SERVICE_DESK_NAME, Role.INTEGRATION_NAME})
public class FeedbackImportsResource extends ImportsResource {

    @Override
    protected String kindOf(String kind, UriInfo uri) {
        if (kind != null && !kind.isBlank()) {
            return kind;
        }
        return uri.getQueryParameters().containsKey("surveyId") ? "survey-responses" : "feedback";
    }
}
