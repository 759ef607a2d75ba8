package dev.gemba.survey.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.gemba.platform.rest.PageParams;
import dev.gemba.platform.rest.QueryValues;
import dev.gemba.security.entity.Role;
import dev.gemba.survey.boundary.InvitationReceipt;
import dev.gemba.survey.boundary.InvitationService;
import dev.gemba.survey.boundary.TicketClosure;
import dev.gemba.survey.entity.InvitationStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Survey invitations. An ITSM posts a ticket closure: 201 with the invitation and its link, or
 * with status SKIPPED and the fatigue rule's reason; a repeat for the same ticket returns 200 with
 * the first outcome and creates nothing.
 */
@Path("survey-invitations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Surveys")
@RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
public class SurveyInvitationsResource {

    @EJB
    InvitationService invitations;

    @POST
    @RolesAllowed({Role.ADMIN_NAME, Role.INTEGRATION_NAME})
    @Operation(summary = "Invite the requester of a closed ticket (idempotent by ticketRef)")
    @APIResponse(
            responseCode = "201",
            description = "Invited, or SKIPPED with the fatigue rule in skipReason and skipDetail",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = InvitationReceipt.class)))
    @APIResponse(
            responseCode = "200",
            description = "The same ticketRef was seen before: its first outcome; nothing is created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = InvitationReceipt.class)))
    public Response invite(TicketClosure closure) {
        var issued = invitations.invite(closure);
        return (issued.created()
                        ? Response.created(URI.create(
                                "survey-invitations/" + issued.invitation().id()))
                        : Response.ok())
                .entity(issued.invitation())
                .build();
    }

    @GET
    @Operation(summary = "Invitations, newest first, with why skipped ones were skipped")
    public List<InvitationReceipt> list(
            @QueryParam("status") String status,
            @QueryParam("campaignId") Long campaignId,
            @BeanParam PageParams page) {
        return invitations.list(
                QueryValues.enumValue("status", status, InvitationStatus.class), campaignId, page.toRequest());
    }
}
