package dev.gemba.touchpoint.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import dev.gemba.platform.boundary.Page;
import dev.gemba.platform.rest.PageParams;
import dev.gemba.platform.rest.QueryValues;
import dev.gemba.security.entity.Role;
import dev.gemba.touchpoint.boundary.FollowUpChange;
import dev.gemba.touchpoint.boundary.FollowUpDetails;
import dev.gemba.touchpoint.boundary.FollowUpQuery;
import dev.gemba.touchpoint.boundary.FollowUpService;
import dev.gemba.touchpoint.entity.FollowUpStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Follow-up actions across touchpoints. Actions are created with their touchpoint; here they are
 * listed (all, overdue, mine) and closed or reassigned.
 */
@Path("follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Touchpoints")
@RolesAllowed(Role.PERSON_NAME)
public class FollowUpsResource {

    @EJB
    FollowUpService followUps;

    @GET
    @Operation(summary = "Follow-up actions, soonest due first; status defaults to OPEN, status=ALL lists every status")
    public Page<FollowUpDetails> search(
            @QueryParam("owner") String owner,
            @QueryParam("status") String status,
            @QueryParam("overdue") boolean overdue,
            @QueryParam("businessUnitId") Long businessUnitId,
            @BeanParam PageParams page) {
        return followUps.search(query(owner, status, overdue, businessUnitId), page.toRequest());
    }

    @GET
    @Path("mine")
    @Operation(summary = "The signed-in user's follow-up actions")
    public Page<FollowUpDetails> mine(
            @QueryParam("status") String status, @QueryParam("overdue") boolean overdue, @BeanParam PageParams page) {
        return followUps.mine(query(null, status, overdue, null), page.toRequest());
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Close, reopen, reassign or reschedule an action (owner, relationship managers, admins)")
    public FollowUpDetails change(@PathParam("id") long id, FollowUpChange change) {
        return followUps.change(id, change);
    }

    private static FollowUpQuery query(String owner, String status, boolean overdue, Long businessUnitId) {
        FollowUpStatus wanted = status == null || status.isBlank()
                ? FollowUpStatus.OPEN
                : "ALL".equalsIgnoreCase(status.strip())
                        ? null
                        : QueryValues.enumValue("status", status, FollowUpStatus.class);
        return new FollowUpQuery(owner, wanted, overdue, businessUnitId);
    }
}
