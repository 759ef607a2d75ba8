package dev.gemba.touchpoint.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import dev.gemba.platform.rest.QueryValues;
import dev.gemba.security.entity.Role;
import dev.gemba.touchpoint.boundary.CoverageDimension;
import dev.gemba.touchpoint.boundary.CoverageMatrix;
import dev.gemba.touchpoint.boundary.CoverageService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Lifecycle coverage: touchpoints per service (or business unit) and phase, with gaps. */
@Path("coverage")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Touchpoints")
@RolesAllowed(Role.ANY_SIGNED_IN)
public class CoverageResource {

    @EJB
    CoverageService coverage;

    @GET
    @Operation(
            summary =
                    "Coverage matrix; by=SERVICE (default) or BUSINESS_UNIT; period defaults to the last 6 months;"
                            + " a cell is a gap with no touchpoint or when its last one is older than staleAfterDays before 'to'")
    public CoverageMatrix coverage(
            @QueryParam("by") String by,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("staleAfterDays") Integer staleAfterDays) {
        return coverage.coverage(
                QueryValues.enumValue("by", by, CoverageDimension.class),
                QueryValues.instant("from", from),
                QueryValues.instant("to", to),
                staleAfterDays);
    }
}
