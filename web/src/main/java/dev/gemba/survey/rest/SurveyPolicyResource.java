package dev.gemba.survey.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.gemba.security.entity.Role;
import dev.gemba.survey.boundary.PolicyForm;
import dev.gemba.survey.boundary.SurveyPolicyService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The fatigue rules shared by every survey kind. */
@Path("survey-policy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Surveys")
@RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
public class SurveyPolicyResource {

    @EJB
    SurveyPolicyService policy;

    @GET
    public PolicyForm get() {
        return policy.get();
    }

    @PUT
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Change the fatigue rules and sampling rates (admins)")
    public PolicyForm change(PolicyForm form) {
        return policy.change(form);
    }
}
