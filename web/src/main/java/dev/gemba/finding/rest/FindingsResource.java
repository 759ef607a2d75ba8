package dev.gemba.finding.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.gemba.finding.boundary.EvidenceLinkForm;
import dev.gemba.finding.boundary.FindingDetails;
import dev.gemba.finding.boundary.FindingForm;
import dev.gemba.finding.boundary.FindingQuery;
import dev.gemba.finding.boundary.FindingService;
import dev.gemba.finding.boundary.FindingSummary;
import dev.gemba.finding.entity.FindingStatus;
import dev.gemba.platform.boundary.Page;
import dev.gemba.platform.rest.PageParams;
import dev.gemba.platform.rest.QueryValues;
import dev.gemba.security.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Findings with computed impact: every role reads; relationship managers, service desk and admins write. */
@Path("findings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Findings")
@RolesAllowed(Role.ANY_SIGNED_IN)
public class FindingsResource {

    @EJB
    FindingService findings;

    @GET
    @Operation(summary = "Search findings, newest first; q matches title and statement")
    public Page<FindingSummary> search(
            @QueryParam("serviceId") Long serviceId,
            @QueryParam("businessUnitId") Long businessUnitId,
            @QueryParam("status") String status,
            @QueryParam("q") String text,
            @BeanParam PageParams page) {
        var query = new FindingQuery(
                serviceId, businessUnitId, QueryValues.enumValue("status", status, FindingStatus.class), text);
        return findings.search(query, page.toRequest());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A finding with its evidence as it is now and its impact, computed on every read")
    public FindingDetails get(@PathParam("id") long id) {
        return findings.get(id);
    }

    @POST
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME, Role.SERVICE_DESK_NAME})
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FindingDetails.class)))
    public Response create(FindingForm form) {
        FindingDetails created = findings.create(form);
        return Response.created(URI.create("findings/" + created.id()))
                .entity(created)
                .build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME, Role.SERVICE_DESK_NAME})
    @Operation(summary = "Restate a finding; give the version you read (409 when it changed meanwhile)")
    public FindingDetails update(@PathParam("id") long id, FindingForm form) {
        return findings.update(id, form);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME, Role.SERVICE_DESK_NAME})
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id) {
        findings.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/evidence")
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME, Role.SERVICE_DESK_NAME})
    @Operation(summary = "Link a feedback item, survey response, touchpoint or coverage gap as evidence")
    public FindingDetails link(@PathParam("id") long id, EvidenceLinkForm form) {
        return findings.link(id, form);
    }

    /** Evidence links have ids of their own (see a finding's evidence list). */
    @DELETE
    @Path("evidence/{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME, Role.SERVICE_DESK_NAME})
    @Operation(summary = "Unlink one item of evidence from its finding; answers the finding")
    public FindingDetails unlink(@PathParam("id") long evidenceId) {
        return findings.unlink(evidenceId);
    }
}
