package dev.gemba.touchpoint.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.gemba.platform.rest.QueryValues;
import dev.gemba.security.entity.Role;
import dev.gemba.touchpoint.boundary.TouchpointVocabularyService;
import dev.gemba.touchpoint.boundary.TouchpointVocabularyService.Kind;
import dev.gemba.touchpoint.boundary.VocabularyEntry;
import dev.gemba.touchpoint.boundary.VocabularyForm;
import dev.gemba.touchpoint.entity.LifecyclePhase;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The endpoints shared by the two per-phase vocabularies: list (everyone), add, rename and retire
 * (admins). Subclasses fix the path and the vocabulary.
 */
public abstract class VocabularyEndpoints {

    @EJB
    TouchpointVocabularyService vocabulary;

    protected abstract Kind kind();

    protected abstract String collection();

    @GET
    public List<VocabularyEntry> list(@QueryParam("phase") String phase, @QueryParam("retired") boolean retired) {
        return vocabulary.list(kind(), QueryValues.enumValue("phase", phase, LifecyclePhase.class), retired);
    }

    @POST
    @RolesAllowed(Role.ADMIN_NAME)
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = VocabularyEntry.class)))
    public Response add(VocabularyForm form) {
        VocabularyEntry entry = vocabulary.add(kind(), form);
        return Response.created(URI.create(collection() + "/" + entry.id()))
                .entity(entry)
                .build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Role.ADMIN_NAME)
    public VocabularyEntry change(@PathParam("id") long id, VocabularyForm form) {
        return vocabulary.change(kind(), id, form);
    }
}
