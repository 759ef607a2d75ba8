package dev.gemba.feedback.rest;

import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import dev.gemba.feedback.entity.Channel;
import dev.gemba.feedback.entity.ImportFormat;
import dev.gemba.feedback.importing.FeedbackImportService;
import dev.gemba.feedback.importing.ImportPreview;
import dev.gemba.feedback.importing.ImportRowError;
import dev.gemba.feedback.importing.ImportStatus;
import dev.gemba.platform.boundary.Page;
import dev.gemba.platform.boundary.RecordNotFoundException;
import dev.gemba.platform.rest.PageParams;
import dev.gemba.platform.rest.QueryValues;
import dev.gemba.security.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Bulk import of feedback files. The file is the request body (CSV with a header row, or JSONL);
 * the column mapping comes as query parameters map.&lt;field&gt;=&lt;column&gt;.
 */
@Path("feedback/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Feedback")
@RolesAllowed({Role.ADMIN_NAME, Role.SERVICE_DESK_NAME, Role.INTEGRATION_NAME})
public class FeedbackImportsResource {

    @EJB
    FeedbackImportService imports;

    /**
     * The file types an import takes. Exact types, never a wildcard: a page of another origin can
     * send text/plain or a form without asking the browser's permission first, these it cannot.
     */
    static final String CSV = "text/csv";

    static final String JSON_LINES = "application/x-ndjson";
    static final String JSONL = "application/jsonl";
    static final String BYTES = MediaType.APPLICATION_OCTET_STREAM;

    @POST
    @Path("preview")
    @Consumes({CSV, JSON_LINES, JSONL, BYTES})
    @Operation(
            summary = "Stage a file: its columns, number of rows and a suggested mapping, with a token for starting it")
    public ImportPreview preview(
            InputStream file, @QueryParam("format") String format, @QueryParam("fileName") String fileName) {
        return imports.stage(file, fileName, format(format));
    }

    @POST
    @Consumes({CSV, JSON_LINES, JSONL, BYTES})
    @Operation(
            summary = "Import a file (body) or a staged one (token): map.text=<column> is required; map.receivedAt,"
                    + " map.channel, map.contactName, map.contactEmail, map.businessUnit, map.services, map.tier,"
                    + " map.ticketRef, map.externalId, map.tags are optional. With surveyId the rows are survey responses"
                    + " exported from another tool: map.externalId is required; map.submittedAt, map.contactName,"
                    + " map.contactEmail, map.businessUnit, map.service, map.tier and map.answer.<question code>."
                    + " timeZone (e.g. Europe/Berlin; default the server's) is the zone of times written without one."
                    + " 202 with the import's progress.")
    @APIResponse(
            responseCode = "202",
            description = "Started; follow it at Location",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportStatus.class)))
    public Response start(
            InputStream file,
            @QueryParam("format") String format,
            @QueryParam("fileName") String fileName,
            @QueryParam("token") String token,
            @QueryParam("defaultChannel") String defaultChannel,
            @QueryParam("surveyId") Long surveyId,
            @QueryParam("timeZone") String timeZone,
            @Context UriInfo uri) {
        ImportFormat kind = format(format);
        String staged = token == null || token.isBlank()
                ? imports.stage(file, fileName, kind).token()
                : token;
        Map<String, String> mapping = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((name, values) -> {
            if (name.startsWith("map.") && !values.isEmpty()) {
                mapping.put(name.substring(4), values.get(0));
            }
        });
        ImportStatus created;
        try {
            created = surveyId != null
                    ? imports.createSurveyImport(staged, fileName, kind, mapping, surveyId, timeZone)
                    : imports.create(
                            staged,
                            fileName,
                            kind,
                            mapping,
                            QueryValues.enumValue("defaultChannel", defaultChannel, Channel.class),
                            timeZone);
        } catch (RuntimeException e) {
            if (token == null || token.isBlank()) {
                imports.discard(staged); // the caller sends the file again with a corrected mapping
            }
            throw e;
        }
        ImportStatus started = imports.launch(created.id());
        return Response.accepted(started)
                .location(URI.create("feedback/imports/" + created.id()))
                .build();
    }

    @DELETE
    @Path("preview/{token}")
    @Operation(summary = "Cancel a staged file that will not be imported: its upload is deleted")
    @APIResponse(responseCode = "204", description = "Cancelled; the staged file is deleted")
    public Response cancel(@PathParam("token") String token) {
        if (!imports.discard(token)) {
            throw new RecordNotFoundException("staged file", token);
        }
        return Response.noContent().build();
    }

    @GET
    public Page<ImportStatus> list(@BeanParam PageParams page) {
        return imports.list(page.toRequest());
    }

    @GET
    @Path("{id}")
    public ImportStatus status(@PathParam("id") long id) {
        return imports.status(id);
    }

    @GET
    @Path("{id}/errors")
    @Operation(summary = "The rows the import refused, with row number, column and reason")
    public Page<ImportRowError> errors(@PathParam("id") long id, @BeanParam PageParams page) {
        return imports.errors(id, page.toRequest());
    }

    private static ImportFormat format(String format) {
        ImportFormat kind = QueryValues.enumValue("format", format, ImportFormat.class);
        return kind == null ? ImportFormat.CSV : kind;
    }
}
