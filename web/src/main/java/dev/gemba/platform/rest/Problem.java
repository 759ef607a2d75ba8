package dev.gemba.platform.rest;

import java.net.URI;
import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.gemba.platform.boundary.FieldError;

/**
 * An RFC 9457 problem detail. {@code errors} names every offending field of a rejected request.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "rule", "errors"})
public record Problem(
        URI type, String title, int status, String detail, String instance, String rule, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = new MediaType("application", "problem+json");
    private static final String TYPES = "https://gemba.dev/problems/";

    public static Problem of(Response.Status status, String slug, String detail, List<FieldError> errors) {
        return new Problem(
                URI.create(TYPES + slug),
                status.getReasonPhrase(),
                status.getStatusCode(),
                detail,
                null,
                null,
                errors == null || errors.isEmpty() ? null : List.copyOf(errors));
    }

    public static Problem of(Response.Status status, String slug, String detail) {
        return of(status, slug, detail, null);
    }

    /** A 409 for a broken business rule, naming the rule. */
    public static Problem ofRule(String rule, String detail) {
        Response.Status status = Response.Status.CONFLICT;
        return new Problem(
                URI.create(TYPES + "rule-violation"),
                status.getReasonPhrase(),
                status.getStatusCode(),
                detail,
                null,
                rule,
                null);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA).entity(this).build();
    }
}
