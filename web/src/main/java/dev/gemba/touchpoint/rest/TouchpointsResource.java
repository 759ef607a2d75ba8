package dev.gemba.touchpoint.rest;

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

import dev.gemba.platform.boundary.Page;
import dev.gemba.platform.rest.PageParams;
import dev.gemba.platform.rest.QueryValues;
import dev.gemba.security.entity.Role;
import dev.gemba.touchpoint.boundary.TouchpointDetails;
import dev.gemba.touchpoint.boundary.TouchpointForm;
import dev.gemba.touchpoint.boundary.TouchpointQuery;
import dev.gemba.touchpoint.boundary.TouchpointService;
import dev.gemba.touchpoint.entity.LifecyclePhase;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Touchpoints: every signed-in role reads; relationship managers and admins write. */
@Path("touchpoints")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Touchpoints")
@RolesAllowed(Role.ANY_SIGNED_IN)
public class TouchpointsResource {

    @EJB
    TouchpointService touchpoints;

    @GET
    @Operation(summary = "Search touchpoints, newest first; from is inclusive, to exclusive (ISO-8601 instants)")
    public Page<TouchpointDetails> search(
            @QueryParam("phase") String phase,
            @QueryParam("typeId") Long typeId,
            @QueryParam("serviceId") Long serviceId,
            @QueryParam("businessUnitId") Long businessUnitId,
            @QueryParam("participant") String participant,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("q") String text,
            @BeanParam PageParams page) {
        var query = new TouchpointQuery(
                QueryValues.enumValue("phase", phase, LifecyclePhase.class),
                typeId,
                serviceId,
                businessUnitId,
                participant,
                QueryValues.instant("from", from),
                QueryValues.instant("to", to),
                text);
        return touchpoints.search(query, page.toRequest());
    }

    @GET
    @Path("{id}")
    public TouchpointDetails get(@PathParam("id") long id) {
        return touchpoints.get(id);
    }

    @POST
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TouchpointDetails.class)))
    public Response create(TouchpointForm form) {
        TouchpointDetails created = touchpoints.create(form);
        return Response.created(URI.create("touchpoints/" + created.id()))
                .entity(created)
                .build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
    public TouchpointDetails update(@PathParam("id") long id, TouchpointForm form) {
        return touchpoints.update(id, form);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id) {
        touchpoints.delete(id);
        return Response.noContent().build();
    }
}
