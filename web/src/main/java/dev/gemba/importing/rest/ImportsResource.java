package dev.gemba.importing.rest;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import dev.gemba.importing.boundary.ImportPreview;
import dev.gemba.importing.boundary.ImportRowError;
import dev.gemba.importing.boundary.ImportService;
import dev.gemba.importing.boundary.ImportStatus;
import dev.gemba.importing.entity.ImportFormat;
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
 * Bulk import of files, one shape for every kind of rows ({@code kind=feedback|survey-responses|sla-measurements}).
 * The file is the request body (CSV with a header row, an .xlsx workbook, or JSONL); the column mapping comes as
 * query parameters map.&lt;field&gt;=&lt;column&gt;, the kind's settings as query parameters of
 * their own (defaultChannel, surveyId).
 */
@Path("imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports")
@RolesAllowed({Role.ADMIN_NAME, Role.SERVICE_DESK_NAME, Role.RELATIONSHIP_MANAGER_NAME, Role.INTEGRATION_NAME})
public class ImportsResource {

    @EJB
    ImportService imports;

    /**
     * The file types an import takes. Exact types, never a wildcard: a page of another origin can
     * send text/plain or a form without asking the browser's permission first, these it cannot.
     */
    static final String CSV = "text/csv";

    static final String JSON_LINES = "application/x-ndjson";
    static final String JSONL = "application/jsonl";
    static final String BYTES = MediaType.APPLICATION_OCTET_STREAM;
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @POST
    @Path("preview")
    @Consumes({CSV, JSON_LINES, JSONL, XLSX, BYTES})
    @Operation(
            summary = "Stage a file: its columns, number of rows and a mapping suggested for the kind's fields,"
                    + " with a token for starting it")
    public ImportPreview preview(
            InputStream file,
            @QueryParam("kind") String kind,
            @QueryParam("format") String format,
            @QueryParam("fileName") String fileName,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Context UriInfo uri) {
        return imports.stage(kindOf(kind, uri), settings(uri), file, fileName, format(format, contentType));
    }

    @POST
    @Consumes({CSV, JSON_LINES, JSONL, XLSX, BYTES})
    @Operation(
            summary = "Import a file (body) or a staged one (token) as rows of a kind. kind=feedback: map.text=<column>"
                    + " is required; map.receivedAt, map.channel, map.contactName, map.contactEmail, map.businessUnit,"
                    + " map.services, map.tier, map.ticketRef, map.externalId, map.tags are optional; defaultChannel"
                    + " applies where a row names none. kind=survey-responses: surveyId and map.externalId are"
                    + " required; map.submittedAt, map.contactName, map.contactEmail, map.businessUnit, map.service,"
                    + " map.tier and map.answer.<question code>. timeZone (e.g. Europe/Berlin; default the server's)"
                    + " is the zone of times written without one. 202 with the import's progress.")
    @APIResponse(
            responseCode = "202",
            description = "Started; follow it at Location",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportStatus.class)))
    public Response start(
            InputStream file,
            @QueryParam("kind") String kind,
            @QueryParam("format") String format,
            @QueryParam("fileName") String fileName,
            @QueryParam("token") String token,
            @QueryParam("timeZone") String timeZone,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Context UriInfo uri) {
        ImportFormat type = format(format, contentType);
        String kindName = kindOf(kind, uri);
        Map<String, String> settings = settings(uri);
        boolean uploaded = token == null || token.isBlank();
        String staged = uploaded
                ? imports.stage(kindName, settings, file, fileName, type).token()
                : token;
        Map<String, String> mapping = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((name, values) -> {
            if (name.startsWith("map.") && !values.isEmpty()) {
                mapping.put(name.substring(4), values.get(0));
            }
        });
        ImportStatus created;
        try {
            created = imports.create(kindName, settings, staged, fileName, type, mapping, timeZone);
        } catch (RuntimeException e) {
            if (uploaded) {
                imports.discard(staged); // the caller sends the file again with a corrected mapping
            }
            throw e;
        }
        ImportStatus started = imports.launch(created.id());
        return Response.accepted(started)
                .location(uri.getAbsolutePathBuilder()
                        .path(Long.toString(created.id()))
                        .build())
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
    @Operation(summary = "Imports of the kinds the caller may import, newest first; of one kind with kind=")
    public Page<ImportStatus> list(@QueryParam("kind") String kind, @BeanParam PageParams page) {
        return imports.list(kind, page.toRequest());
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

    /** The kind a request imports: as it names it; a path that serves one kind by default may say. */
    protected String kindOf(String kind, UriInfo uri) {
        return kind;
    }

    /** Every query parameter's first value: the kind takes the settings it has (surveyId, defaultChannel). */
    private static Map<String, String> settings(UriInfo uri) {
        Map<String, String> settings = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((name, values) -> {
            if (!name.startsWith("map.") && !values.isEmpty()) {
                settings.put(name, values.get(0));
            }
        });
        return settings;
    }

    /** As the format parameter says; else a workbook when the body is one, else CSV. */
    private static ImportFormat format(String format, String contentType) {
        ImportFormat type = QueryValues.enumValue("format", format, ImportFormat.class);
        if (type != null) {
            return type;
        }
        return contentType != null && contentType.startsWith(XLSX) ? ImportFormat.XLSX : ImportFormat.CSV;
    }
}
