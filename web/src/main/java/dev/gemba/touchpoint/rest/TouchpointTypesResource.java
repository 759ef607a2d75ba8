package dev.gemba.touchpoint.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.gemba.security.entity.Role;
import dev.gemba.touchpoint.boundary.TouchpointVocabularyService.Kind;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Touchpoint types per lifecycle phase. Everyone signed in reads; admins add, rename and retire. */
@Path("touchpoint-types")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Touchpoints")
@RolesAllowed(Role.ANY_SIGNED_IN)
public class TouchpointTypesResource extends VocabularyEndpoints {

    @Override
    protected Kind kind() {
        return Kind.TYPE;
    }

    @Override
    protected String collection() {
        return "touchpoint-types";
    }
}
