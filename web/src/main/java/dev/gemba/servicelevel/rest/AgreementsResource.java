package dev.gemba.servicelevel.rest;

import java.net.URI;
import java.time.YearMonth;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.rest.QueryValues;
import dev.gemba.security.entity.Role;
import dev.gemba.servicelevel.boundary.AgreementCompliance;
import dev.gemba.servicelevel.boundary.AgreementDetails;
import dev.gemba.servicelevel.boundary.AgreementForm;
import dev.gemba.servicelevel.boundary.AgreementService;
import dev.gemba.servicelevel.boundary.ComplianceReport;
import dev.gemba.servicelevel.boundary.ComplianceScope;
import dev.gemba.servicelevel.boundary.ServiceLevelService;
import dev.gemba.servicelevel.boundary.TargetDetails;
import dev.gemba.servicelevel.entity.AgreementKind;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Agreements (SLA, OLA) per service with their targets, and their compliance per month. Admins
 * manage every agreement, relationship managers those with their business units; the steering
 * committee and viewers read.
 */
@Path("agreements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Service levels")
@RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME, Role.STEERING_COMMITTEE_NAME, Role.VIEWER_NAME})
public class AgreementsResource {

    @EJB
    AgreementService agreements;

    @EJB
    ServiceLevelService serviceLevels;

    @GET
    @Operation(summary = "Agreements by service, then code; filtered by serviceId, businessUnitId and kind (SLA, OLA)")
    public List<AgreementDetails> list(
            @QueryParam("serviceId") Long serviceId,
            @QueryParam("businessUnitId") Long businessUnitId,
            @QueryParam("kind") String kind) {
        AgreementKind k = QueryValues.enumValue("kind", kind, AgreementKind.class);
        return agreements.list(serviceId, businessUnitId, k == null ? null : k.name());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An agreement with its targets")
    public AgreementDetails get(@PathParam("id") long id) {
        return agreements.get(id);
    }

    @GET
    @Path("{id}/targets")
    @Operation(summary = "An agreement's targets in order")
    public List<TargetDetails> targets(@PathParam("id") long id) {
        return agreements.get(id).targets();
    }

    @POST
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
    @Operation(summary = "Create an agreement with its targets (admins; relationship managers for their units)")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AgreementDetails.class)))
    public Response create(AgreementForm form) {
        AgreementDetails created = agreements.create(form);
        return Response.created(URI.create("agreements/" + created.id()))
                .entity(created)
                .build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
    @Operation(summary = "Change an agreement and its targets (targets kept by id keep their measurements)")
    public AgreementDetails change(@PathParam("id") long id, AgreementForm form) {
        return agreements.change(id, form);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
    @Operation(summary = "Delete an agreement with its targets and measurements")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id) {
        agreements.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/compliance")
    @Operation(
            summary =
                    "An agreement's compliance per month from..to (yyyy-MM; the twelve months up to last month by default)")
    public AgreementCompliance agreementCompliance(
            @PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
        YearMonth last = Months.parse("to", to, YearMonth.now().minusMonths(1));
        return serviceLevels
                .compliance(ComplianceScope.agreement(id), Months.parse("from", from, last.minusMonths(11)), last)
                .agreements()
                .get(0);
    }

    @GET
    @Path("compliance")
    @Operation(
            summary =
                    "Compliance per month of a business unit's (businessUnitId) or a service's (serviceId)"
                            + " agreements with tiered-support figures, from..to (yyyy-MM; the twelve months up to last month by default)")
    public ComplianceReport compliance(
            @QueryParam("businessUnitId") Long businessUnitId,
            @QueryParam("serviceId") Long serviceId,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        if ((businessUnitId == null) == (serviceId == null)) {
            throw new InvalidInputException("businessUnitId", "give either businessUnitId or serviceId");
        }
        ComplianceScope scope = businessUnitId != null
                ? ComplianceScope.businessUnit(businessUnitId)
                : ComplianceScope.service(serviceId);
        YearMonth last = Months.parse("to", to, YearMonth.now().minusMonths(1));
        return serviceLevels.compliance(scope, Months.parse("from", from, last.minusMonths(11)), last);
    }
}
