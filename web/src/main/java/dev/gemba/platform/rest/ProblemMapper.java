package dev.gemba.platform.rest;

import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import dev.gemba.platform.boundary.DuplicateException;
import dev.gemba.platform.boundary.FieldError;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.boundary.NotPermittedException;
import dev.gemba.platform.boundary.RecordNotFoundException;
import dev.gemba.platform.boundary.RuleViolationException;
import dev.gemba.platform.boundary.StaleUpdateException;

/** Maps every exception that leaves a resource to problem+json, once, for the whole API. */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    /** How Yasson names the property it failed to bind. */
    private static final java.util.regex.Pattern PROPERTY =
            java.util.regex.Pattern.compile("(?i)property:? '?\"?([A-Za-z0-9_]+)");

    private static final java.util.Map<Integer, String> DETAILS = java.util.Map.of(
            404, "there is no such resource",
            405, "this resource does not take this method; the Allow header lists those it takes",
            406, "this resource cannot answer in a type the Accept header allows",
            415, "this resource does not take a body of this content type");

    @Override
    public Response toResponse(Throwable thrown) {
        if (DatabaseOutage.causes(thrown)) {
            LOG.log(Level.WARNING, "REST request refused while the database is unreachable: {0}", thrown.toString());
            return DatabaseOutage.response();
        }
        Response response = toProblem(unwrap(thrown)).toResponse();
        if (thrown instanceof WebApplicationException web && web.getResponse().getHeaderString("Allow") != null) {
            return Response.fromResponse(response)
                    .header("Allow", web.getResponse().getHeaderString("Allow"))
                    .build();
        }
        return response;
    }

    Problem toProblem(Throwable e) {
        if (e instanceof InvalidInputException invalid) {
            return Problem.of(Status.BAD_REQUEST, "invalid-input", invalid.getMessage(), invalid.errors());
        }
        if (e instanceof ConstraintViolationException violations) {
            List<FieldError> errors = violations.getConstraintViolations().stream()
                    .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                    .toList();
            return Problem.of(Status.BAD_REQUEST, "invalid-input", "the request has invalid fields", errors);
        }
        if (e instanceof JsonbException || e instanceof jakarta.ws.rs.ProcessingException) {
            return unreadableBody(e);
        }
        if (e instanceof RecordNotFoundException) {
            return Problem.of(Status.NOT_FOUND, "not-found", e.getMessage());
        }
        if (e instanceof StaleUpdateException || e instanceof OptimisticLockException) {
            return Problem.of(
                    Status.CONFLICT,
                    "stale-update",
                    e instanceof StaleUpdateException
                            ? e.getMessage()
                            : "the record was changed by someone else; reload and apply your change again",
                    List.of(new FieldError("version", "is out of date")));
        }
        if (e instanceof RuleViolationException violation) {
            return Problem.ofRule(violation.rule(), violation.getMessage());
        }
        if (e instanceof DuplicateException duplicate) {
            return Problem.of(
                    Status.CONFLICT,
                    "duplicate",
                    duplicate.getMessage(),
                    List.of(new FieldError(duplicate.field(), "is already taken")));
        }
        if (e instanceof NotPermittedException) {
            return Problem.of(Status.FORBIDDEN, "not-permitted", e.getMessage());
        }
        if (e instanceof EJBAccessException || e instanceof jakarta.ws.rs.ForbiddenException) {
            return Problem.of(Status.FORBIDDEN, "forbidden", "your role does not allow this");
        }
        if (e instanceof NotAuthorizedException) {
            return Problem.of(Status.UNAUTHORIZED, "unauthorized", "sign in to use the API");
        }
        if (e instanceof WebApplicationException web) {
            Status status = Optional.ofNullable(
                            Status.fromStatusCode(web.getResponse().getStatus()))
                    .orElse(Status.BAD_REQUEST);
            // RESTEasy's own messages name its internals; the status says it for clients
            return Problem.of(
                    status,
                    "http-" + status.getStatusCode(),
                    DETAILS.getOrDefault(status.getStatusCode(), status.getReasonPhrase()));
        }
        LOG.log(Level.SEVERE, "Unexpected error in the REST API", e);
        return Problem.of(
                Status.INTERNAL_SERVER_ERROR, "internal-error", "an unexpected error occurred; it has been logged");
    }

    /** JSON that cannot be bound: name the field when the binder says which one. */
    private static Problem unreadableBody(Throwable e) {
        String message = rootMessage(e);
        String field = "body";
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            var matcher = PROPERTY.matcher(String.valueOf(t.getMessage()));
            if (matcher.find()) {
                field = matcher.group(1);
            }
        }
        String reason = message.contains("dev.gemba") || message.contains("java.") ? "has the wrong type" : message;
        return Problem.of(
                Status.BAD_REQUEST,
                "unreadable-body",
                "the request body is not valid JSON for this resource: " + field + " " + reason,
                List.of(new FieldError(field, "cannot be read: " + reason)));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    private static String lastNode(String path) {
        int dot = path.indexOf('.');
        String rest = dot < 0 ? path : path.substring(dot + 1);
        // method-parameter paths look like "create.arg0.name"
        return rest.startsWith("arg") && rest.contains(".") ? rest.substring(rest.indexOf('.') + 1) : rest;
    }

    private static Throwable unwrap(Throwable thrown) {
        // a refused body or parameter, however RESTEasy wrapped it on the way
        for (Throwable cause = thrown; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof InvalidInputException) {
                return cause;
            }
        }
        Throwable t = thrown;
        while ((t instanceof EJBException && !(t instanceof EJBAccessException)) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof jakarta.persistence.PersistenceException
                && t.getCause() instanceof OptimisticLockException o) {
            return o;
        }
        return t;
    }
}
