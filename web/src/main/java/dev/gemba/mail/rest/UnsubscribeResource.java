package dev.gemba.mail.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import dev.gemba.mail.boundary.UnsubscribeService;
import dev.gemba.mail.boundary.Unsubscribed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Unsubscribing from Gemba's mail that is not transactional, open to everybody: the token of the
 * mail's link is the credential. POST is the one-click unsubscribe of the List-Unsubscribe header.
 */
@Path("unsubscribe")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Mail")
@PermitAll
public class UnsubscribeResource {

    @EJB
    UnsubscribeService unsubscribes;

    @GET
    @Operation(summary = "The link's address (partly hidden) and whether it opted out; 400 for an unknown token")
    public Unsubscribed status(@QueryParam("t") String token) {
        return unsubscribes.status(token);
    }

    @POST
    @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Opt the link's address out of all mail that is not transactional, at once")
    public Unsubscribed unsubscribe(@QueryParam("t") String token) {
        return unsubscribes.unsubscribe(token);
    }
}
