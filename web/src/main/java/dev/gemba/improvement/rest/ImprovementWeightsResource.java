package dev.gemba.improvement.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.gemba.improvement.boundary.ScoreWeightsService;
import dev.gemba.improvement.boundary.WeightsForm;
import dev.gemba.security.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The exponents of the priority score's components: everyone reads them, admins set them. */
@Path("improvement-weights")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Improvements")
@RolesAllowed(Role.PERSON_NAME)
public class ImprovementWeightsResource {

    @EJB
    ScoreWeightsService weights;

    @GET
    public WeightsForm get() {
        return weights.weights();
    }

    @PUT
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Set the weights (0 to 3 each); every open item is rescored")
    public WeightsForm change(WeightsForm form) {
        return weights.change(form);
    }
}
