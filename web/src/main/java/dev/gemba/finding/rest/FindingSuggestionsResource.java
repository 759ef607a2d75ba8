package dev.gemba.finding.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.gemba.finding.boundary.DetectionRun;
import dev.gemba.finding.boundary.FindingDetails;
import dev.gemba.finding.boundary.FindingSuggestionService;
import dev.gemba.finding.boundary.SuggestionDecision;
import dev.gemba.finding.boundary.SuggestionSummary;
import dev.gemba.finding.entity.SuggestionStatus;
import dev.gemba.platform.boundary.Page;
import dev.gemba.platform.rest.PageParams;
import dev.gemba.platform.rest.QueryValues;
import dev.gemba.security.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Suggested findings: every role reads; relationship managers, service desk and admins decide; admins run the detector. */
@Path("finding-suggestions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Findings")
@RolesAllowed(Role.ANY_SIGNED_IN)
public class FindingSuggestionsResource {

    @EJB
    FindingSuggestionService suggestions;

    @GET
    @Operation(summary = "Suggestions, the most significant first; status PENDING, ACCEPTED or DISMISSED")
    public Page<SuggestionSummary> search(@QueryParam("status") String status, @BeanParam PageParams page) {
        return suggestions.search(QueryValues.enumValue("status", status, SuggestionStatus.class), page.toRequest());
    }

    @GET
    @Path("{id}")
    public SuggestionSummary get(@PathParam("id") long id) {
        return suggestions.get(id);
    }

    @POST
    @Path("{id}/acceptance")
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME, Role.SERVICE_DESK_NAME})
    @Operation(summary = "Accept: creates a finding with the signal's scope and evidence query")
    @APIResponse(
            responseCode = "201",
            description = "The finding created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FindingDetails.class)))
    public Response accept(@PathParam("id") long id, SuggestionDecision decision) {
        FindingDetails finding = suggestions.accept(id, decision);
        return Response.created(java.net.URI.create("findings/" + finding.id()))
                .entity(finding)
                .build();
    }

    @POST
    @Path("{id}/dismissal")
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME, Role.SERVICE_DESK_NAME})
    @Operation(summary = "Dismiss with a reason; the signal returns only if it grows materially")
    public SuggestionSummary dismiss(@PathParam("id") long id, SuggestionDecision decision) {
        return suggestions.dismiss(id, decision);
    }

    @POST
    @Path("detection-runs")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Run the detector now (it also runs every hour)")
    public DetectionRun detect() {
        return suggestions.detect();
    }
}
