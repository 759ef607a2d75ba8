package dev.gemba.notice.rest;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import dev.gemba.notice.boundary.NoticeService;
import dev.gemba.notice.boundary.UnitDelivery;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.security.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A business unit's "you said, we did": the delivered items that came from its people's feedback. */
@Path("you-said-we-did")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "You said, we did")
@RolesAllowed(Role.PERSON_NAME)
public class YouSaidWeDidResource {

    @EJB
    NoticeService notices;

    @GET
    @Operation(
            summary = "Delivered or successfully closed items from the business unit's people's feedback, newest first")
    public List<UnitDelivery> list(@QueryParam("businessUnit") Long businessUnit) {
        if (businessUnit == null) {
            throw new InvalidInputException("businessUnit", text("notice.business-unit-required"));
        }
        return notices.youSaidWeDid(businessUnit);
    }
}
