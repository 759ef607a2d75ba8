package dev.gemba.analysis.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.gemba.analysis.boundary.ReanalysisService;
import dev.gemba.analysis.boundary.ReanalysisStatus;
import dev.gemba.security.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Re-analysis runs after model changes: their progress, and starting one by hand. */
@Path("feedback/reanalysis-runs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feedback")
@RolesAllowed({Role.ADMIN_NAME, Role.SERVICE_DESK_NAME})
public class ReanalysisRunsResource {

    @EJB
    ReanalysisService runs;

    @GET
    @Operation(summary = "The latest re-analysis runs, newest first, with items queued of those outdated")
    public List<ReanalysisStatus> list() {
        return runs.runs();
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(
            summary = "Start the run for the current model now (202); 204 when nothing is outdated or it already ran")
    @APIResponse(
            responseCode = "202",
            description = "Started",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReanalysisStatus.class)))
    @APIResponse(responseCode = "204", description = "Nothing is outdated, or the run for this model already ran")
    public Response start() {
        return runs.startIfOutdated()
                .map(run -> Response.accepted(run).build())
                .orElse(Response.noContent().build());
    }
}
