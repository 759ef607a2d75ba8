package dev.gemba.servicelevel.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import dev.gemba.security.entity.Role;
import dev.gemba.servicelevel.boundary.AgreementService;
import dev.gemba.servicelevel.boundary.MeasurementEntry;
import dev.gemba.servicelevel.boundary.MeasurementForm;
import dev.gemba.servicelevel.boundary.RecordedMeasurement;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An agreement's monthly figures: an ITSM (integration role), admins and the unit's relationship
 * manager post them; a corrected figure replaces the month's and the replaced one stays readable.
 */
@Path("agreements/{id}/measurements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Service levels")
@RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME, Role.STEERING_COMMITTEE_NAME, Role.VIEWER_NAME})
public class AgreementMeasurementsResource {

    @EJB
    AgreementService agreements;

    @GET
    @Operation(
            summary = "Current figures, newest month first, then the figures corrections replaced (supersededAt set)")
    public List<MeasurementEntry> list(@PathParam("id") long id) {
        return agreements.measurements(id);
    }

    @POST
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME, Role.INTEGRATION_NAME})
    @Operation(
            summary = "Post a target's figure for a month: ADDED, REPLACED (the old figure kept in the history)"
                    + " or UNCHANGED when equal")
    public RecordedMeasurement record(@PathParam("id") long id, MeasurementForm form) {
        return agreements.record(id, form);
    }
}
