package dev.gemba.survey.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.gemba.security.entity.Role;
import dev.gemba.survey.boundary.CampaignForm;
import dev.gemba.survey.boundary.CampaignProgress;
import dev.gemba.survey.boundary.CampaignService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Relationship campaigns: schedule, follow progress (sent, opened, answered, response rate), cancel. */
@Path("survey-campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Surveys")
@RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
public class SurveyCampaignsResource {

    @EJB
    CampaignService campaigns;

    @GET
    @Operation(summary = "Campaigns, newest first, with progress")
    public List<CampaignProgress> list() {
        return campaigns.list();
    }

    @GET
    @Path("{id}")
    public CampaignProgress get(@PathParam("id") long id) {
        return campaigns.get(id);
    }

    @POST
    @Operation(summary = "Schedule a campaign; it is sent when due (within GEMBA_SURVEY_SCHEDULER_SECONDS)")
    @APIResponse(
            responseCode = "201",
            description = "Scheduled",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CampaignProgress.class)))
    public Response schedule(CampaignForm form) {
        CampaignProgress created = campaigns.schedule(form);
        return Response.created(URI.create("survey-campaigns/" + created.id()))
                .entity(created)
                .build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Cancel a campaign that has not been sent")
    public CampaignProgress cancel(@PathParam("id") long id) {
        return campaigns.cancel(id);
    }
}
