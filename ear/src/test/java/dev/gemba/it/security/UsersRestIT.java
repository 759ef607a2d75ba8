package dev.gemba.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import dev.gemba.it.Api;
import dev.gemba.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Administrators manage users and roles; the new roles take effect on the next request. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class UsersRestIT {

    private final Api admin = Api.as("admin");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.gemba();
    }

    @Test
    void createdUserSignsInWithTheirRolesAndLosesAccessWhenDisabled() {
        String username = "u" + UUID.randomUUID().toString().substring(0, 8);
        String password = "correct horse battery";
        var created = admin.post(
                "/api/v1/users",
                "{\"username\":\"" + username + "\",\"displayName\":\"New\","
                        + "\"enabled\":true,\"roles\":[\"VIEWER\"],\"password\":\"" + password + "\"}");
        assertEquals(201, created.status(), created::toString);
        assertFalse(created.body().contains("password"), "the hash never leaves the server");
        long id = created.json().getJsonNumber("id").longValue();

        Api user = Api.as(username, password);
        assertEquals(200, user.get("/api/v1/services").status());
        assertEquals(403, user.get("/api/v1/users").status());

        var disabled = admin.put(
                "/api/v1/users/" + id,
                "{\"username\":\"" + username + "\",\"displayName\":\"New\","
                        + "\"enabled\":false,\"roles\":[\"VIEWER\"],\"version\":0}");
        assertEquals(200, disabled.status(), disabled::toString);
        assertEquals(401, user.get("/api/v1/services").status());
    }

    @Test
    void shortPasswordIsRejectedNamingTheField() {
        var reply = admin.post(
                "/api/v1/users",
                "{\"username\":\"short" + UUID.randomUUID().toString().substring(0, 6)
                        + "\",\"displayName\":\"S\",\"enabled\":true,\"roles\":[\"VIEWER\"],\"password\":\"abc\"}");
        assertEquals(400, reply.status(), reply::toString);
        var error = reply.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("password", error.getString("field"));
        assertEquals("must be between 12 and 200 characters", error.getString("message"), "from ValidationMessages");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(
            strings = {"aaaaaaaaaaaa", "            ", "password1234", "qwertzuiop123", "gemba-demo", "USERNAME-2026-x"
            })
    void commonBreachedOrGuessablePasswordsAreRefusedNamingTheField(String password) {
        String username = "pw" + UUID.randomUUID().toString().substring(0, 6);
        var reply = admin.post(
                "/api/v1/users",
                "{\"username\":\"" + username + "\",\"displayName\":\"Pat\",\"enabled\":true,"
                        + "\"roles\":[\"VIEWER\"],\"password\":\"" + password.replace("USERNAME", username) + "\"}");
        assertEquals(400, reply.status(), reply::toString);
        assertEquals(
                "password", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(
                401,
                Api.as(username, password.replace("USERNAME", username))
                        .get("/api/v1/services")
                        .status());
    }

    @Test
    void theLastAdministratorCannotBeDemoted() {
        var users = admin.get("/api/v1/users");
        var adminUser = users.jsonValue().asJsonArray().stream()
                .map(v -> v.asJsonObject())
                .filter(u -> u.getString("username").equals("admin"))
                .findFirst()
                .orElseThrow();
        var reply = admin.put(
                "/api/v1/users/" + adminUser.getJsonNumber("id").longValue(),
                "{\"username\":\"admin\",\"displayName\":\"Ada\",\"enabled\":true,\"roles\":[\"VIEWER\"],"
                        + "\"version\":" + adminUser.getJsonNumber("version").longValue() + "}");
        assertEquals(400, reply.status(), reply::toString);
        assertEquals(
                "roles", reply.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(admin.get("/api/v1/users").status() == 200);
    }
}
