package dev.gemba.steering.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.gemba.security.entity.Role;
import dev.gemba.steering.boundary.CommitteeDetails;
import dev.gemba.steering.boundary.CommitteeForm;
import dev.gemba.steering.boundary.CommitteeService;
import dev.gemba.steering.boundary.MeetingDetails;
import dev.gemba.steering.boundary.MeetingForm;
import dev.gemba.steering.boundary.MembersForm;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Steering committees: admins set them up, chairs manage members and schedule meetings, everyone reads. */
@Path("committees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Steering committees")
@RolesAllowed(Role.PERSON_NAME)
public class CommitteesResource {

    @EJB
    CommitteeService committees;

    @GET
    @Operation(summary = "Every committee with its members, scope, cadence and next meeting")
    public List<CommitteeDetails> list() {
        return committees.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A committee and what the caller may do in it")
    public CommitteeDetails get(@PathParam("id") long id) {
        return committees.get(id);
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Set up a committee (admins); the chair is always a member")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CommitteeDetails.class)))
    public Response create(CommitteeForm form) {
        CommitteeDetails created = committees.create(form);
        return Response.created(URI.create("committees/" + created.id()))
                .entity(created)
                .build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Change a committee's name, chair, members, scope or cadence (admins)")
    public CommitteeDetails change(@PathParam("id") long id, CommitteeForm form) {
        return committees.change(id, form);
    }

    @PUT
    @Path("{id}/members")
    @Operation(summary = "Set the members (the chair, admins); any Gemba user may be a member")
    public CommitteeDetails members(@PathParam("id") long id, MembersForm form) {
        return committees.changeMembers(id, form);
    }

    @GET
    @Path("{id}/meetings")
    @Operation(summary = "The committee's meetings, latest first")
    public List<MeetingDetails> meetings(@PathParam("id") long id) {
        return committees.meetings(id);
    }

    @POST
    @Path("{id}/meetings")
    @Operation(summary = "Schedule a meeting (the chair, admins); its agenda is generated when first read")
    @APIResponse(
            responseCode = "201",
            description = "Scheduled",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = MeetingDetails.class)))
    public Response schedule(@PathParam("id") long id, MeetingForm form) {
        MeetingDetails created = committees.schedule(id, form);
        return Response.created(URI.create("meetings/" + created.id()))
                .entity(created)
                .build();
    }
}
