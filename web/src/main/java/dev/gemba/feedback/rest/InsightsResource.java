package dev.gemba.feedback.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import dev.gemba.feedback.insight.Granularity;
import dev.gemba.feedback.insight.InsightService;
import dev.gemba.feedback.insight.Insights;
import dev.gemba.platform.rest.QueryValues;
import dev.gemba.security.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Feedback in aggregate: sentiment over time, top topics, representative verbatims. */
@Path("insights")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feedback")
@RolesAllowed(Role.PERSON_NAME)
public class InsightsResource {

    @EJB
    InsightService insights;

    @GET
    @Operation(
            summary =
                    "Sentiment over time (granularity WEEK or MONTH) and top topics by volume and by negative share,"
                            + " with verbatims; optional serviceId, businessUnitId, from, to (ISO instants; default the last year)")
    public Insights insights(
            @QueryParam("serviceId") Long serviceId,
            @QueryParam("businessUnitId") Long businessUnitId,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("granularity") String granularity) {
        return insights.insights(
                serviceId,
                businessUnitId,
                QueryValues.instant("from", from),
                QueryValues.instant("to", to),
                QueryValues.enumValue("granularity", granularity, Granularity.class));
    }
}
