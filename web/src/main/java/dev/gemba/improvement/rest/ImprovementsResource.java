package dev.gemba.improvement.rest;

import java.net.URI;
import java.util.List;

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

import dev.gemba.improvement.boundary.FindingLinkForm;
import dev.gemba.improvement.boundary.HistoryEntry;
import dev.gemba.improvement.boundary.ImprovementDetails;
import dev.gemba.improvement.boundary.ImprovementForm;
import dev.gemba.improvement.boundary.ImprovementOutcome;
import dev.gemba.improvement.boundary.ImprovementQuery;
import dev.gemba.improvement.boundary.ImprovementService;
import dev.gemba.improvement.boundary.ImprovementSummary;
import dev.gemba.improvement.boundary.LinkedFinding;
import dev.gemba.improvement.boundary.TransitionRequest;
import dev.gemba.improvement.entity.ImprovementStatus;
import dev.gemba.improvement.entity.ImprovementType;
import dev.gemba.platform.boundary.Page;
import dev.gemba.platform.rest.PageParams;
import dev.gemba.platform.rest.QueryValues;
import dev.gemba.security.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The CSI register: propose, change and delete improvement items, move them through their
 * workflow, read their history and measured outcome. Everyone reads; the service checks who may
 * take which step (409 names the workflow rule a step breaks).
 */
@Path("improvements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Improvements")
@RolesAllowed(Role.PERSON_NAME)
public class ImprovementsResource {

    @EJB
    ImprovementService improvements;

    @GET
    @Operation(summary = "The register, highest priority score first (sort=number|title|status|targetDate[,desc])")
    public Page<ImprovementSummary> search(
            @QueryParam("status") String status,
            @QueryParam("type") String type,
            @QueryParam("owner") String owner,
            @QueryParam("serviceId") Long serviceId,
            @QueryParam("businessUnitId") Long businessUnitId,
            @QueryParam("q") String text,
            @BeanParam PageParams page) {
        var query = new ImprovementQuery(
                QueryValues.enumValue("status", status, ImprovementStatus.class),
                QueryValues.enumValue("type", type, ImprovementType.class),
                owner,
                serviceId,
                businessUnitId,
                text);
        return improvements.search(query, page.toRequest());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An item with its score components and the workflow steps the caller may take")
    public ImprovementDetails get(@PathParam("id") long id) {
        return improvements.get(id);
    }

    @POST
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME, Role.SERVICE_DESK_NAME})
    @Operation(summary = "Propose an item (relationship managers, service desk, admins); it gets the next CSI number")
    @APIResponse(
            responseCode = "201",
            description = "Proposed",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImprovementDetails.class)))
    public Response propose(ImprovementForm form) {
        ImprovementDetails created = improvements.propose(form);
        return Response.created(URI.create("improvements/" + created.id()))
                .entity(created)
                .build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Change an item (proposers, admins, its owner); the KPI is frozen once approved")
    public ImprovementDetails change(@PathParam("id") long id, ImprovementForm form) {
        return improvements.change(id, form);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME, Role.SERVICE_DESK_NAME})
    @Operation(summary = "Delete a proposal (its proposer or an admin); later items are withdrawn or rejected")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id) {
        improvements.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/transitions")
    @Operation(
            summary = "Take a workflow step: accept, approve/reject/defer (steering committee, admins, with a reason),"
                    + " start, hold, resume, deliver, review, close (owner, admins); 409 names a broken rule")
    public ImprovementDetails transition(@PathParam("id") long id, TransitionRequest request) {
        return improvements.transition(id, request);
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "Every step of the item: who, when, from, to and why")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return improvements.history(id);
    }

    @GET
    @Path("{id}/findings")
    @Operation(summary = "The findings linked to the item as its justification")
    public List<LinkedFinding> findings(@PathParam("id") long id) {
        return improvements.findings(id);
    }

    @POST
    @Path("{id}/findings")
    @Operation(summary = "Link a finding (proposers, admins, the owner); linking twice changes nothing")
    public List<LinkedFinding> link(@PathParam("id") long id, FindingLinkForm form) {
        return improvements.linkFinding(id, form);
    }

    @DELETE
    @Path("{id}/findings")
    @Operation(summary = "Unlink the finding given as findingId (proposers, admins, the owner)")
    public List<LinkedFinding> unlink(@PathParam("id") long id, @QueryParam("findingId") Long findingId) {
        return improvements.unlinkFinding(id, new FindingLinkForm(findingId));
    }

    @GET
    @Path("{id}/outcome")
    @Operation(
            summary =
                    "KPI before (baseline window) and after delivery, the difference with its 95% interval, the verdict")
    public ImprovementOutcome outcome(@PathParam("id") long id) {
        return improvements.outcome(id);
    }
}
