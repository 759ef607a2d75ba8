package dev.gemba.analysis.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.gemba.analysis.boundary.AnalysisSetup;
import dev.gemba.analysis.boundary.ReanalysisService;
import dev.gemba.security.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The analysis models in use: built in, or the files named by the gemba.nlp.* settings. */
@Path("feedback/analysis-models")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feedback")
@RolesAllowed({Role.ADMIN_NAME, Role.SERVICE_DESK_NAME})
public class AnalysisModelsResource {

    @EJB
    ReanalysisService runs;

    @GET
    @Operation(summary = "The models analysing feedback now, their versions and, for custom ones, their files")
    public AnalysisSetup get() {
        return runs.setup();
    }
}
