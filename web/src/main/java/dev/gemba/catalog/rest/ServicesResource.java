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

import dev.gemba.catalog.boundary.ServiceCatalogService;
import dev.gemba.catalog.boundary.ServiceDetails;
import dev.gemba.catalog.boundary.ServiceForm;
import dev.gemba.catalog.boundary.ServiceQuery;
import dev.gemba.catalog.entity.Criticality;
import dev.gemba.catalog.entity.ServiceStatus;
import dev.gemba.platform.boundary.Page;
import dev.gemba.platform.rest.PageParams;
import dev.gemba.platform.rest.QueryValues;
import dev.gemba.security.entity.Role;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** IT services: every signed-in role reads, administrators write. */
@Path("services")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Service catalog")
@RolesAllowed(Role.ANY_SIGNED_IN)
public class ServicesResource {

    @EJB
    ServiceCatalogService catalog;

    @GET
    public Page<ServiceDetails> list(
            @QueryParam("q") String text,
            @QueryParam("criticality") String criticality,
            @QueryParam("status") String status,
            @BeanParam PageParams page) {
        return catalog.list(
                new ServiceQuery(
                        text,
                        QueryValues.enumValue("criticality", criticality, Criticality.class),
                        QueryValues.enumValue("status", status, ServiceStatus.class)),
                page.toRequest());
    }

    @GET
    @Path("{id}")
    public ServiceDetails get(@PathParam("id") long id) {
        return catalog.get(id);
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ServiceDetails.class)))
    public Response create(ServiceForm form) {
        ServiceDetails created = catalog.create(form);
        return Response.created(URI.create("services/" + created.id()))
                .entity(created)
                .build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    public ServiceDetails update(@PathParam("id") long id, ServiceForm form) {
        return catalog.update(id, form);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id) {
        catalog.delete(id);
        return Response.noContent().build();
    }
}
