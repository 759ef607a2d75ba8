package dev.gemba.survey.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.gemba.security.entity.Role;
import dev.gemba.survey.boundary.SurveyDetails;
import dev.gemba.survey.boundary.SurveyForm;
import dev.gemba.survey.boundary.SurveyService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Survey definitions. Changing the questions of a survey that has invitations or answers creates
 * a new version (see {@code currentVersion} and {@code versions}); old answers keep theirs.
 */
@Path("surveys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Surveys")
@RolesAllowed(Role.PERSON_NAME)
public class SurveysResource {

    @EJB
    SurveyService surveys;

    @GET
    @Operation(summary = "Every survey with the questions of its current version")
    public List<SurveyDetails> list() {
        return surveys.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A survey with its version history and responses per version")
    public SurveyDetails get(@PathParam("id") long id) {
        return surveys.get(id);
    }

    @POST
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
    @Operation(summary = "Create a survey (version 1)")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SurveyDetails.class)))
    public Response create(SurveyForm form) {
        SurveyDetails created = surveys.create(form);
        return Response.created(URI.create("surveys/" + created.id()))
                .entity(created)
                .build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
    @Operation(summary = "Change a survey: new questions become a new version once the current one is in use")
    public SurveyDetails update(@PathParam("id") long id, SurveyForm form) {
        return surveys.update(id, form);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
    @Operation(summary = "Retire a survey: its answers and scores stay, it gets no new invitations")
    public SurveyDetails retire(@PathParam("id") long id) {
        return surveys.retire(id, true);
    }
}
