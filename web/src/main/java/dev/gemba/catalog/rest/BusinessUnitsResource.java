package dev.gemba.catalog.rest;

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

import dev.gemba.catalog.boundary.BusinessUnitDetails;
import dev.gemba.catalog.boundary.BusinessUnitForm;
import dev.gemba.catalog.boundary.BusinessUnitQuery;
import dev.gemba.catalog.boundary.BusinessUnitService;
import dev.gemba.platform.boundary.Page;
import dev.gemba.platform.rest.PageParams;
import dev.gemba.security.entity.Role;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Business units: every signed-in role reads; administrators and relationship managers write. */
@Path("business-units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Service catalog")
@RolesAllowed(Role.ANY_SIGNED_IN)
public class BusinessUnitsResource {

    @EJB
    BusinessUnitService units;

    @GET
    public Page<BusinessUnitDetails> list(
            @QueryParam("q") String text,
            @QueryParam("relationshipManager") String relationshipManager,
            @QueryParam("serviceId") Long serviceId,
            @BeanParam PageParams page) {
        return units.list(new BusinessUnitQuery(text, relationshipManager, serviceId), page.toRequest());
    }

    @GET
    @Path("{id}")
    public BusinessUnitDetails get(@PathParam("id") long id) {
        return units.get(id);
    }

    @POST
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
    @APIResponse(
            responseCode = "201",
            description = "Created; a relationship manager who names none manages it",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BusinessUnitDetails.class)))
    public Response create(BusinessUnitForm form) {
        BusinessUnitDetails created = units.create(form);
        return Response.created(URI.create("business-units/" + created.id()))
                .entity(created)
                .build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
    public BusinessUnitDetails update(@PathParam("id") long id, BusinessUnitForm form) {
        return units.update(id, form);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id) {
        units.delete(id);
        return Response.noContent().build();
    }
}
