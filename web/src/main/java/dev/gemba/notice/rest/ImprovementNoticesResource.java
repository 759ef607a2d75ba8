package dev.gemba.notice.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.gemba.notice.boundary.AnnounceForm;
import dev.gemba.notice.boundary.NoticeEntry;
import dev.gemba.notice.boundary.NoticeService;
import dev.gemba.security.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An improvement item's "you said, we did" notices: who was told what and when; announcing a change. */
@Path("improvements/{id}/notices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "You said, we did")
@RolesAllowed(Role.PERSON_NAME)
public class ImprovementNoticesResource {

    @EJB
    NoticeService notices;

    @GET
    @Operation(
            summary = "The item's notices, newest change first, each with its recipients: sent, waiting or opted out")
    public List<NoticeEntry> list(@PathParam("id") long id) {
        return notices.ofItem(id);
    }

    @POST
    @Operation(
            summary = "Announce a status change (the item's owner or an admin; the latest change unless transitionId"
                    + " names one); 409 when the change was announced already")
    @APIResponse(
            responseCode = "201",
            description = "Announced",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = NoticeEntry.class)))
    public Response announce(@PathParam("id") long id, AnnounceForm form) {
        NoticeEntry notice = notices.announce(id, form == null ? new AnnounceForm(null) : form);
        return Response.status(Response.Status.CREATED).entity(notice).build();
    }
}
