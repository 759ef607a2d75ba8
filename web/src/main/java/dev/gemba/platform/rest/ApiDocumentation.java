package dev.gemba.platform.rest;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Completes the OpenAPI document with what every operation can answer besides success: the
 * problem+json schema ({@link Problem}) and the error statuses that {@link ProblemMapper} and the
 * authentication mechanism produce, so that clients see 400, 401, 403 and the rest with their
 * body. Registered in META-INF/microprofile-config.properties (mp.openapi.filter).
 */
public class ApiDocumentation implements OASFilter {

    private static final String PROBLEM = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("FieldError", fieldError()).addSchema("Problem", problem());
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            boolean hasId = path.contains("{");
            item.getOperations().forEach((method, operation) -> document(method, operation, hasId));
        });
    }

    private static void document(PathItem.HttpMethod method, Operation operation, boolean hasId) {
        var responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        errors.put("400", "Invalid input: errors names each offending field (query, path or body)");
        errors.put("401", "Not signed in: HTTP Basic credentials are missing or wrong");
        errors.put("403", "The caller's role, or the record's owner, does not allow this");
        if (hasId) {
            errors.put("404", "No such record");
        }
        if (operation.getRequestBody() != null) {
            errors.put("415", "The body's content type is not one this operation takes");
        }
        if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.POST) {
            errors.put("409", "Stale version or duplicate: reload and apply the change again");
        }
        errors.put("429", "Too many failed sign-ins from this address: wait Retry-After seconds");
        errors.forEach((status, description) -> {
            if (responses.getAPIResponse(status) == null) {
                responses.addAPIResponse(
                        status,
                        OASFactory.createAPIResponse()
                                .description(description)
                                .content(OASFactory.createContent()
                                        .addMediaType(
                                                Problem.MEDIA_TYPE,
                                                OASFactory.createMediaType()
                                                        .schema(OASFactory.createSchema()
                                                                .ref(PROBLEM)))));
            }
        });
    }

    private static Schema problem() {
        return OASFactory.createSchema()
                .type(java.util.List.of(Schema.SchemaType.OBJECT))
                .description("An RFC 9457 problem detail")
                .addProperty("type", text("A URI naming the kind of problem"))
                .addProperty("title", text("The HTTP status's reason phrase"))
                .addProperty("status", OASFactory.createSchema().type(java.util.List.of(Schema.SchemaType.INTEGER)))
                .addProperty("detail", text("What went wrong, for people"))
                .addProperty("instance", text("The request, when known"))
                .addProperty(
                        "errors",
                        OASFactory.createSchema()
                                .type(java.util.List.of(Schema.SchemaType.ARRAY))
                                .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")));
    }

    private static Schema fieldError() {
        return OASFactory.createSchema()
                .type(java.util.List.of(Schema.SchemaType.OBJECT))
                .addProperty("field", text("The field, parameter or body path, e.g. followUps[0].dueDate"))
                .addProperty("message", text("Why it was refused"));
    }

    private static Schema text(String description) {
        return OASFactory.createSchema()
                .type(java.util.List.of(Schema.SchemaType.STRING))
                .description(description);
    }
}
