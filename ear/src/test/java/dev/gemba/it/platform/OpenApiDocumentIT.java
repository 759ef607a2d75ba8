package dev.gemba.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonObject;

import dev.gemba.it.Api;
import dev.gemba.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The OpenAPI document tells clients what each operation answers, errors included, and who to ask. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiDocumentIT {

    private JsonObject document;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.gemba();
    }

    @BeforeEach
    void read() {
        var reply = Api.anonymous().send("GET", "/openapi?format=JSON", null, "application/json");
        assertEquals(200, reply.status(), reply::toString);
        document = reply.json();
    }

    private JsonObject responses(String path, String method) {
        return document.getJsonObject("paths")
                .getJsonObject(path)
                .getJsonObject(method)
                .getJsonObject("responses");
    }

    @Test
    void namesItsContactAndLicence() {
        JsonObject info = document.getJsonObject("info");
        assertFalse(info.getJsonObject("contact").getString("url").isBlank());
        assertEquals("Apache-2.0", info.getJsonObject("license").getString("name"));
    }

    @Test
    void aTicketClosureAnswers201WithTheInvitationOr200ForARepeat() {
        JsonObject responses = responses("/api/v1/survey-invitations", "post");
        for (String status : List.of("201", "200")) {
            String schema = responses
                    .getJsonObject(status)
                    .getJsonObject("content")
                    .getJsonObject("application/json")
                    .getJsonObject("schema")
                    .toString();
            assertTrue(schema.contains("InvitationReceipt"), status + ": " + schema);
        }
    }

    @Test
    void createsAnswer201WithTheCreatedRecord() {
        for (String path :
                List.of("/api/v1/services", "/api/v1/business-units", "/api/v1/touchpoints", "/api/v1/users")) {
            assertTrue(responses(path, "post").containsKey("201"), path);
            assertFalse(responses(path, "post").containsKey("200"), path);
        }
        assertTrue(responses("/api/v1/imports", "post").containsKey("202"));
    }

    @Test
    void everyOperationDocumentsItsErrorsAsProblemJson() {
        assertTrue(document.getJsonObject("components").getJsonObject("schemas").containsKey("Problem"));
        List<String> undocumented = new ArrayList<>();
        document.getJsonObject("paths")
                .forEach((path, item) -> item.asJsonObject().forEach((method, operation) -> {
                    if (!(operation instanceof JsonObject op) || !op.containsKey("responses")) {
                        return;
                    }
                    for (String status : List.of("400", "401", "403")) {
                        var response = op.getJsonObject("responses").getJsonObject(status);
                        if (response == null
                                || !response.getJsonObject("content").containsKey("application/problem+json")) {
                            undocumented.add(method + " " + path + " " + status);
                        }
                    }
                }));
        assertEquals(List.of(), undocumented);
    }
}
