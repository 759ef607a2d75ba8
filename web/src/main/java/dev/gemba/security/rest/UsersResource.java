package dev.gemba.security.rest;

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

import dev.gemba.security.boundary.UserForm;
import dev.gemba.security.boundary.UserService;
import dev.gemba.security.boundary.UserSummary;
import dev.gemba.security.entity.Role;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Users and roles; administrators only. */
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@RolesAllowed(Role.ADMIN_NAME)
public class UsersResource {

    @EJB
    UserService users;

    @GET
    public List<UserSummary> list() {
        return users.list();
    }

    @GET
    @Path("{id}")
    public UserSummary get(@PathParam("id") long id) {
        return users.get(id);
    }

    @POST
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = UserSummary.class)))
    public Response create(UserForm form) {
        UserSummary created = users.create(form);
        return Response.created(URI.create("users/" + created.id()))
                .entity(created)
                .build();
    }

    @PUT
    @Path("{id}")
    public UserSummary update(@PathParam("id") long id, UserForm form) {
        return users.update(id, form);
    }

    @DELETE
    @Path("{id}")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id) {
        users.delete(id);
        return Response.noContent().build();
    }
}
