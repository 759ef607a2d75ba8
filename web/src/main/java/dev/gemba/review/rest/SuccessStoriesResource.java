package dev.gemba.review.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import dev.gemba.review.boundary.ReviewExports;
import dev.gemba.security.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The one-page success story of an improvement item closed successfully, as PDF. */
@Path("success-stories")
@Produces(ServiceReviewsResource.PDF)
@Tag(name = "Service reviews")
@RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME, Role.STEERING_COMMITTEE_NAME, Role.VIEWER_NAME})
public class SuccessStoriesResource {

    @EJB
    ReviewExports exports;

    @GET
    @Path("{id}.pdf")
    @Operation(
            summary = "Evidence, what was done and the measured outcome of an item closed successfully (409 otherwise)")
    @APIResponse(
            responseCode = "200",
            description = "The PDF",
            content =
                    @Content(
                            mediaType = ServiceReviewsResource.PDF,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response story(@PathParam("id") long improvementId) {
        return ServiceReviewsResource.pdf(
                exports.successStory(improvementId), "success-story-" + improvementId + ".pdf");
    }
}
