package dev.gemba.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gemba.it.Api;
import dev.gemba.it.Browser;
import dev.gemba.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Password guessing is slowed: after ten wrong passwords for a user from this address, even the
 * right one is refused with 429 for a while, over the API and on the sign-in page, while other
 * users from the same address still get in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInThrottleIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.gemba();
    }

    @Test
    void tenWrongPasswordsLockTheUserOutFromThisAddressForAWhile() {
        for (int i = 0; i < 10; i++) {
            assertEquals(
                    401,
                    Api.as("steering", "wrong-" + i).get("/api/v1/services").status());
        }
        var refused = Api.as("steering").get("/api/v1/services");
        assertEquals(429, refused.status(), refused::toString);
        assertTrue(refused.isProblem(), refused::toString);
        assertTrue(refused.json().getString("detail").startsWith("too many failed sign-ins"), refused::toString);
        int retryAfter = Integer.parseInt(
                refused.raw().headers().firstValue("Retry-After").orElseThrow());
        assertTrue(retryAfter > 0 && retryAfter <= 300, "Retry-After " + retryAfter);

        assertEquals(200, Api.as("viewer").get("/api/v1/services").status(), "another user still gets in");

        try (var browser = new Browser()) {
            browser.open("/login.xhtml");
            browser.byId("login:username").sendKeys("steering");
            browser.byId("login:password").sendKeys(Api.DEMO_PASSWORD);
            browser.byId("login:submit").click();
            browser.waitForText("Too many failed sign-ins");
        }
    }
}
