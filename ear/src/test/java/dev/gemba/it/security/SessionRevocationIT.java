package dev.gemba.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import dev.gemba.it.Api;
import dev.gemba.it.Deployments;
import dev.gemba.it.WebSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 15, broken flow 4: a user an administrator disables or demotes keeps nothing of the old
 * access, not in a signed-in session, not through that session's cookie on the API, not through a
 * cached API credential.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionRevocationIT {

    private static final String PASSWORD = "tulip-quarry-Denim-47";

    private final Api admin = Api.as("admin");
    private String username;
    private long id;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.gemba();
    }

    @BeforeEach
    void anotherAdministrator() {
        username = "rev" + UUID.randomUUID().toString().substring(0, 8);
        var created = admin.post("/api/v1/users", user("ADMIN\",\"VIEWER", true, null, PASSWORD));
        assertEquals(201, created.status(), created::toString);
        id = created.json().getJsonNumber("id").longValue();
    }

    @Test
    void aDemotedUsersSessionEndsOnItsNextRequest() {
        WebSession session = WebSession.signedIn(username, PASSWORD);
        assertEquals(200, session.get("/admin/users.xhtml").statusCode());

        change("VIEWER", true);

        var next = session.get("/admin/users.xhtml");
        assertEquals(302, next.statusCode(), "refused: " + next.body());
        String location = next.headers().firstValue("Location").orElse("");
        assertTrue(location.contains("/login.xhtml") && location.contains("ended=true"), location);
        assertTrue(
                WebSession.anonymous()
                        .get(location.replaceFirst("^https?://[^/]+", ""))
                        .body()
                        .contains("id=\"login:ended\""),
                "the sign-in page says why");

        WebSession again = WebSession.signedIn(username, PASSWORD);
        assertEquals(403, again.get("/admin/users.xhtml").statusCode(), "signed in again with the new role");
        assertEquals(200, again.get("/index.xhtml").statusCode());
    }

    @Test
    void aDisabledUsersSessionEndsOnItsNextRequest() {
        WebSession session = WebSession.signedIn(username, PASSWORD);
        assertEquals(200, session.get("/index.xhtml").statusCode());

        change("ADMIN\",\"VIEWER", false);

        assertEquals(302, session.get("/index.xhtml").statusCode());
        assertEquals(200, session.signIn(username, PASSWORD).statusCode(), "the sign-in form refuses");
    }

    @Test
    void theSessionCookieCannotCallTheApiSoADemotedUserCannotPromoteThemselves() {
        WebSession session = WebSession.signedIn(username, PASSWORD);
        assertEquals(401, session.api("GET", "/api/v1/users", null).statusCode(), "no cookie authentication on /api");

        change("VIEWER", true);
        var promote = session.api("PUT", "/api/v1/users/" + id, user("ADMIN", true, version(), null));
        assertEquals(401, promote.statusCode(), promote::body);
        assertEquals(
                "[\"VIEWER\"]",
                admin.get("/api/v1/users/" + id).json().getJsonArray("roles").toString());
    }

    @Test
    void aCachedApiCredentialLosesItsRolesOnTheNextCall() {
        Api user = Api.as(username, PASSWORD);
        assertEquals(200, user.get("/api/v1/users").status(), "verified and cached");

        change("VIEWER", true);
        assertEquals(403, user.get("/api/v1/users").status());

        change("VIEWER", false);
        assertEquals(401, user.get("/api/v1/services").status());
    }

    private void change(String roles, boolean enabled) {
        var reply = admin.put("/api/v1/users/" + id, user(roles, enabled, version(), null));
        assertEquals(200, reply.status(), reply::toString);
    }

    private long version() {
        return admin.get("/api/v1/users/" + id).json().getJsonNumber("version").longValue();
    }

    private String user(String roles, boolean enabled, Long version, String password) {
        return "{\"username\":\"" + username + "\",\"displayName\":\"Revocation Test\",\"enabled\":" + enabled
                + ",\"roles\":[\"" + roles + "\"]"
                + (version == null ? "" : ",\"version\":" + version)
                + (password == null ? "" : ",\"password\":\"" + password + "\"")
                + "}";
    }
}
