package dev.gemba.review.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import dev.gemba.platform.rest.QueryValues;
import dev.gemba.review.boundary.ReviewExports;
import dev.gemba.security.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The support success story: a PDF deck of landscape slides telling IT's story to the business for a
 * period and scope. Everyone who reads service reviews may generate it.
 */
@Path("support-stories")
@Produces(ServiceReviewsResource.PDF)
@Tag(name = "Service reviews")
@RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME, Role.STEERING_COMMITTEE_NAME, Role.VIEWER_NAME})
public class SupportStoriesResource {

    @EJB
    ReviewExports exports;

    @GET
    @Operation(
            summary = "Breadth of services, improvements delivered, work moved left, survey trends, testimonials"
                    + " (anonymised) and service-level compliance, as a deck of 8 to 10 slides")
    @APIResponse(
            responseCode = "200",
            description = "The PDF",
            content =
                    @Content(
                            mediaType = ServiceReviewsResource.PDF,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(
            responseCode = "400",
            description = "A missing or malformed from, to or scope, or a period over a year; the field is named",
            content = @Content(mediaType = "application/problem+json"))
    public Response story(
            @Parameter(description = "First day of the period, e.g. 2026-01-01", required = true) @QueryParam("from")
                    String from,
            @Parameter(description = "Last day of the period (included), e.g. 2026-03-31", required = true)
                    @QueryParam("to")
                    String to,
            @Parameter(description = "all (the default), unit:<business unit id> or service:<service id>")
                    @QueryParam("scope")
                    String scope) {
        var first = QueryValues.date("from", from);
        var last = QueryValues.date("to", to);
        return ServiceReviewsResource.pdf(
                exports.supportStory(first, last, scope), "support-success-story-" + first + "-" + last + ".pdf");
    }
}
