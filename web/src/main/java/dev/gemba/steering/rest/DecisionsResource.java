package dev.gemba.steering.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.gemba.platform.boundary.Page;
import dev.gemba.platform.rest.PageParams;
import dev.gemba.platform.rest.QueryValues;
import dev.gemba.security.entity.Role;
import dev.gemba.steering.boundary.DecisionEntry;
import dev.gemba.steering.boundary.DecisionQuery;
import dev.gemba.steering.boundary.DecisionService;
import dev.gemba.steering.entity.DecisionKind;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The decision log, newest first: read-only for everyone. Decisions are recorded in a meeting
 * and never changed or deleted; a correction supersedes.
 */
@Path("decisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Steering committees")
@RolesAllowed(Role.PERSON_NAME)
public class DecisionsResource {

    @EJB
    DecisionService decisions;

    @GET
    @Operation(summary = "Search the log: q (item, rationale, decider), committeeId, itemId, kind")
    public Page<DecisionEntry> log(
            @QueryParam("q") String text,
            @QueryParam("committeeId") Long committeeId,
            @QueryParam("itemId") Long itemId,
            @QueryParam("kind") String kind,
            @BeanParam PageParams page) {
        return decisions.log(query(text, committeeId, itemId, kind), page.toRequest());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One decision, with the decision that supersedes it if any")
    public DecisionEntry get(@PathParam("id") long id) {
        return decisions.get(id);
    }

    @GET
    @Path("export")
    @Produces("text/csv")
    @Operation(summary = "The log as CSV with the same filters (at most 500 rows, newest first)")
    @APIResponse(
            responseCode = "200",
            description = "One row per decision",
            content = @Content(mediaType = "text/csv", schema = @Schema(implementation = String.class)))
    public Response export(
            @QueryParam("q") String text,
            @QueryParam("committeeId") Long committeeId,
            @QueryParam("itemId") Long itemId,
            @QueryParam("kind") String kind) {
        return Response.ok(decisions.csv(query(text, committeeId, itemId, kind)))
                .header("Content-Disposition", "attachment; filename=\"gemba-decisions.csv\"")
                .build();
    }

    private static DecisionQuery query(String text, Long committeeId, Long itemId, String kind) {
        return new DecisionQuery(text, committeeId, itemId, QueryValues.enumValue("kind", kind, DecisionKind.class));
    }
}
