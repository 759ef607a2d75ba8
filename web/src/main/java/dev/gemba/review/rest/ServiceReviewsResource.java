package dev.gemba.review.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.BeanParam;
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
import dev.gemba.platform.boundary.Page;
import dev.gemba.platform.rest.PageParams;
import dev.gemba.platform.rest.QueryValues;
import dev.gemba.review.boundary.ActionForm;
import dev.gemba.review.boundary.AgendaDraft;
import dev.gemba.review.boundary.DecisionForm;
import dev.gemba.review.boundary.MailReceipt;
import dev.gemba.review.boundary.MinutesForm;
import dev.gemba.review.boundary.MinutesService;
import dev.gemba.review.boundary.Publication;
import dev.gemba.review.boundary.RaisedItem;
import dev.gemba.review.boundary.ReviewDetails;
import dev.gemba.review.boundary.ReviewExports;
import dev.gemba.review.boundary.ReviewForm;
import dev.gemba.review.boundary.ReviewMail;
import dev.gemba.review.boundary.ReviewPack;
import dev.gemba.review.boundary.ReviewQuery;
import dev.gemba.review.boundary.ReviewService;
import dev.gemba.review.boundary.ReviewSummary;
import dev.gemba.review.entity.ReviewStatus;
import dev.gemba.security.entity.Role;
import dev.gemba.touchpoint.boundary.FollowUpDetails;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Service reviews: schedule, prepare (agenda, pack), publish, record minutes, actions and decisions;
 * the pack and the minutes as JSON and PDF. Relationship managers change their units' reviews,
 * admins every review; the steering committee and viewers read.
 */
@Path("service-reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Service reviews")
@RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME, Role.STEERING_COMMITTEE_NAME, Role.VIEWER_NAME})
public class ServiceReviewsResource {

    static final String PDF = "application/pdf";

    @EJB
    ReviewService reviews;

    @EJB
    MinutesService minutes;

    @EJB
    ReviewExports exports;

    @EJB
    ReviewMail mail;

    @GET
    @Operation(summary = "Reviews, latest first, optionally of one business unit or status")
    public Page<ReviewSummary> search(
            @QueryParam("businessUnitId") Long businessUnitId,
            @QueryParam("status") String status,
            @BeanParam PageParams page) {
        return reviews.search(
                new ReviewQuery(businessUnitId, QueryValues.enumValue("status", status, ReviewStatus.class)),
                page.toRequest());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A review with its participants, agenda, minutes, actions and what it raised")
    public ReviewDetails get(@PathParam("id") long id) {
        return reviews.get(id);
    }

    @POST
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
    @Operation(
            summary = "Schedule a review (the unit's relationship manager, admins); it is logged as a CSI touchpoint")
    @APIResponse(
            responseCode = "201",
            description = "Scheduled",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReviewDetails.class)))
    public Response schedule(ReviewForm form) {
        ReviewDetails created = reviews.schedule(form);
        return Response.created(URI.create("service-reviews/" + created.id()))
                .entity(created)
                .build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
    @Operation(summary = "Reschedule or change a review whose pack is not published")
    public ReviewDetails change(@PathParam("id") long id, ReviewForm form) {
        return reviews.change(id, form);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
    @Operation(summary = "Delete a review whose pack is not published, with its touchpoint")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") long id) {
        reviews.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/pack")
    @Operation(summary = "The pack: generated now until published, then exactly as published")
    public ReviewPack pack(@PathParam("id") long id) {
        return reviews.pack(id);
    }

    @GET
    @Path("{id}/pack.pdf")
    @Produces(PDF)
    @Operation(summary = "The pack as PDF, sections in agenda order")
    @APIResponse(
            responseCode = "200",
            description = "The PDF",
            content =
                    @Content(
                            mediaType = PDF,
                            schema =
                                    @Schema(
                                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                                            format = "binary")))
    public Response packPdf(@PathParam("id") long id) {
        return pdf(exports.packPdf(id), "service-review-" + id + "-pack.pdf");
    }

    @PUT
    @Path("{id}/agenda")
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
    @Operation(summary = "Reorder, rename, remove and add agenda points (the whole agenda), before publishing")
    public ReviewDetails agenda(@PathParam("id") long id, AgendaDraft draft) {
        return reviews.draftAgenda(id, draft);
    }

    @POST
    @Path("{id}/publication")
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
    @Operation(summary = "Publish the pack: its figures are frozen from now on")
    public ReviewDetails publish(@PathParam("id") long id, Publication publication) {
        if (publication == null || publication.version() == null) {
            throw new InvalidInputException(
                    "version", dev.gemba.platform.boundary.ServiceMessages.text("version.required"));
        }
        return reviews.publish(id, publication.version());
    }

    @POST
    @Path("{id}/mail")
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
    @Operation(summary = "Mail the published pack as PDF to the business participants and the relationship manager")
    public MailReceipt mail(@PathParam("id") long id) {
        return mail.mail(id);
    }

    @PUT
    @Path("{id}/minutes")
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
    @Operation(summary = "Record notes per agenda point; the review is held from then on")
    public ReviewDetails recordMinutes(@PathParam("id") long id, MinutesForm form) {
        return minutes.record(id, form);
    }

    @GET
    @Path("{id}/minutes.pdf")
    @Produces(PDF)
    @Operation(summary = "The minutes as PDF: notes per agenda point, actions, findings and proposals raised")
    @APIResponse(
            responseCode = "200",
            description = "The PDF",
            content =
                    @Content(
                            mediaType = PDF,
                            schema =
                                    @Schema(
                                            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                                            format = "binary")))
    public Response minutesPdf(@PathParam("id") long id) {
        return pdf(exports.minutesPdf(id), "service-review-" + id + "-minutes.pdf");
    }

    @GET
    @Path("{id}/actions")
    @Operation(summary = "The review's actions as follow-ups: owner, due date, status, aging")
    public List<FollowUpDetails> actions(@PathParam("id") long id) {
        return reviews.get(id).actions();
    }

    @POST
    @Path("{id}/actions")
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
    @Operation(summary = "Agree an action with owner and due date; it becomes a follow-up of the review's touchpoint")
    @APIResponse(
            responseCode = "201",
            description = "Agreed",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReviewDetails.class)))
    public Response addAction(@PathParam("id") long id, ActionForm form) {
        ReviewDetails review = minutes.addAction(id, form);
        return Response.status(Response.Status.CREATED).entity(review).build();
    }

    @POST
    @Path("{id}/decisions")
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
    @Operation(summary = "Raise what the business asked for as a finding or a proposed improvement item")
    @APIResponse(
            responseCode = "201",
            description = "Raised",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RaisedItem.class)))
    public Response raise(@PathParam("id") long id, DecisionForm form) {
        return Response.status(Response.Status.CREATED)
                .entity(minutes.raise(id, form))
                .build();
    }

    static Response pdf(byte[] bytes, String filename) {
        return Response.ok(bytes, PDF)
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .build();
    }
}
