package dev.gemba.feedback.rest;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.gemba.analysis.entity.AnalysisStatus;
import dev.gemba.analysis.entity.Sentiment;
import dev.gemba.feedback.boundary.CorrectionForm;
import dev.gemba.feedback.boundary.FeedbackForm;
import dev.gemba.feedback.boundary.FeedbackQuery;
import dev.gemba.feedback.boundary.FeedbackService;
import dev.gemba.feedback.boundary.FeedbackSummary;
import dev.gemba.feedback.entity.Channel;
import dev.gemba.feedback.entity.SupportTier;
import dev.gemba.platform.boundary.Page;
import dev.gemba.platform.rest.PageParams;
import dev.gemba.platform.rest.QueryValues;
import dev.gemba.security.entity.Role;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Interaction feedback. Integrations and the service desk submit (idempotent by externalId:
 * 201 when created, 200 with the stored item when repeated); the desk corrects labels.
 */
@Path("feedback")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Feedback")
@RolesAllowed(Role.PERSON_NAME)
public class FeedbackResource {

    private static final Jsonb JSON = JsonbBuilder.create();

    @EJB
    FeedbackService feedback;

    @POST
    @RolesAllowed({Role.ADMIN_NAME, Role.SERVICE_DESK_NAME, Role.INTEGRATION_NAME})
    @APIResponse(
            responseCode = "201",
            description = "Stored; analysis is queued",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FeedbackSummary.class)))
    @APIResponse(
            responseCode = "200",
            description = "The externalId was seen before: the stored item; nothing is created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FeedbackSummary.class)))
    public Response submit(FeedbackForm form) {
        var submission = feedback.submit(form);
        return (submission.created()
                        ? Response.created(
                                URI.create("feedback/" + submission.feedback().id()))
                        : Response.ok())
                .entity(submission.feedback())
                .build();
    }

    @GET
    public Page<FeedbackSummary> list(
            @QueryParam("sentiment") String sentiment,
            @QueryParam("topic") String topic,
            @QueryParam("serviceId") Long serviceId,
            @QueryParam("businessUnitId") Long businessUnitId,
            @QueryParam("channel") String channel,
            @QueryParam("tier") String tier,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("status") String status,
            @QueryParam("q") String text,
            @QueryParam("tag") String tag,
            @BeanParam PageParams page) {
        var query = new FeedbackQuery(
                QueryValues.enumValue("sentiment", sentiment, Sentiment.class),
                topic,
                serviceId,
                businessUnitId,
                QueryValues.enumValue("channel", channel, Channel.class),
                QueryValues.enumValue("tier", tier, SupportTier.class),
                QueryValues.instant("from", from),
                QueryValues.instant("to", to),
                QueryValues.enumValue("status", status, AnalysisStatus.class),
                text,
                tag);
        return feedback.list(query, page.toRequest());
    }

    @GET
    @Path("{id}")
    public FeedbackSummary get(@PathParam("id") long id) {
        return feedback.get(id);
    }

    @PUT
    @Path("{id}/correction")
    @RolesAllowed({Role.ADMIN_NAME, Role.SERVICE_DESK_NAME})
    public FeedbackSummary correct(@PathParam("id") long id, CorrectionForm form) {
        return feedback.correct(id, form);
    }

    @POST
    @Path("{id}/reanalysis")
    @RolesAllowed({Role.ADMIN_NAME, Role.SERVICE_DESK_NAME})
    public FeedbackSummary reanalyse(@PathParam("id") long id) {
        return feedback.reanalyse(id);
    }

    /** Corrected items as JSONL ({"text","label","labels"}, the latest correction of each), the NLP module's training format. */
    @GET
    @Path("corrections")
    @Produces("application/x-ndjson")
    @RolesAllowed({Role.ADMIN_NAME, Role.SERVICE_DESK_NAME})
    public String corrections(
            @QueryParam("first") @DefaultValue("0") int first, @QueryParam("max") @DefaultValue("500") int max) {
        StringBuilder lines = new StringBuilder();
        feedback.trainingExamples(first, max)
                .forEach(e -> lines.append(JSON.toJson(e)).append('\n'));
        return lines.toString();
    }

    /**
     * Every corrected item with its latest labels, as one JSONL file to download (Administration →
     * Analysis models links to it), to train a model on with the NLP module's {@code train}.
     */
    @GET
    @Path("corrections/export")
    @Produces("application/x-ndjson")
    @RolesAllowed({Role.ADMIN_NAME, Role.SERVICE_DESK_NAME})
    @APIResponse(
            responseCode = "200",
            description = "One JSON line per corrected item: text, label, labels",
            content = @Content(mediaType = "application/x-ndjson", schema = @Schema(implementation = String.class)))
    public Response exportCorrections() {
        StringBuilder lines = new StringBuilder();
        feedback.allTrainingExamples().forEach(e -> lines.append(JSON.toJson(e)).append('\n'));
        return Response.ok(lines.toString())
                .header("Content-Disposition", "attachment; filename=\"gemba-corrections.jsonl\"")
                .build();
    }
}
