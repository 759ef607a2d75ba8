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
import dev.gemba.steering.boundary.AgendaOrder;
import dev.gemba.steering.boundary.AgendaPointForm;
import dev.gemba.steering.boundary.AgendaRow;
import dev.gemba.steering.boundary.DecisionEntry;
import dev.gemba.steering.boundary.DecisionForm;
import dev.gemba.steering.boundary.DecisionService;
import dev.gemba.steering.boundary.MeetingDetails;
import dev.gemba.steering.boundary.MeetingService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A committee's meeting: its agenda (generated, reordered and extended by the chair, frozen when
 * held) and the decisions members record in it.
 */
@Path("meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Steering committees")
@RolesAllowed(Role.PERSON_NAME)
public class MeetingsResource {

    @EJB
    MeetingService meetings;

    @EJB
    DecisionService decisions;

    @GET
    @Path("{id}")
    @Operation(summary = "A meeting, its status and what the caller may do in it")
    public MeetingDetails get(@PathParam("id") long id) {
        return meetings.get(id);
    }

    @GET
    @Path("{id}/agenda")
    @Operation(summary = "The agenda with its figures; generated as of the meeting date when first read")
    public List<AgendaRow> agenda(@PathParam("id") long id) {
        return meetings.agenda(id);
    }

    @POST
    @Path("{id}/agenda")
    @Operation(summary = "Add a point (the chair, admins; 409 once the meeting is held)")
    public List<AgendaRow> addPoint(@PathParam("id") long id, AgendaPointForm form) {
        return meetings.addPoint(id, form);
    }

    @PUT
    @Path("{id}/agenda/order")
    @Operation(summary = "Reorder the agenda: every point id once, in the new order (the chair, admins)")
    public List<AgendaRow> reorder(@PathParam("id") long id, AgendaOrder order) {
        return meetings.reorder(id, order);
    }

    @POST
    @Path("{id}/agenda/refresh")
    @Operation(summary = "Regenerate the agenda's points and figures, keeping the chair's order and points")
    public List<AgendaRow> refresh(@PathParam("id") long id) {
        return meetings.refresh(id);
    }

    @POST
    @Path("{id}/hold")
    @Operation(summary = "Hold the meeting: the agenda is frozen with the figures shown (the chair, admins)")
    public MeetingDetails hold(@PathParam("id") long id) {
        return meetings.hold(id);
    }

    @GET
    @Path("{id}/decisions")
    @Operation(summary = "The decisions recorded in the meeting")
    public List<DecisionEntry> decisions(@PathParam("id") long id) {
        return decisions.ofMeeting(id);
    }

    @POST
    @Path("{id}/decisions")
    @Operation(
            summary = "Record a decision (committee members, admins): approve, reject, defer, merge move the item's"
                    + " workflow; 409 names a workflow rule the step breaks")
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DecisionEntry.class)))
    public Response decide(@PathParam("id") long id, DecisionForm form) {
        DecisionEntry created = decisions.decide(id, form);
        return Response.created(URI.create("decisions/" + created.id()))
                .entity(created)
                .build();
    }
}
