package dev.gemba.it.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import dev.gemba.it.Api;
import dev.gemba.it.Browser;
import dev.gemba.it.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * The administrator's journey of issue 15: a user is signed in in a browser of their own; the
 * administrator disables them (or takes a role away) on Administration → Users; the user's next
 * click is refused.
 */
class AdminJourneyBrowserIT extends BrowserTest {

    AdminJourneyBrowserIT() {
        super(false); // opens browsers of its own
    }

    private static final String PASSWORD = "tulip-quarry-Denim-47";

    private static String aRelationshipManager() {
        String username = "journey" + UUID.randomUUID().toString().substring(0, 6);
        var created = Api.as("admin")
                .post(
                        "/api/v1/users",
                        "{\"username\":\"" + username + "\",\"displayName\":\"Jo Journey\",\"enabled\":true,"
                                + "\"roles\":[\"RELATIONSHIP_MANAGER\"],\"password\":\"" + PASSWORD + "\"}");
        assertEquals(201, created.status(), created::toString);
        return username;
    }

    /** Opens the user's edit dialog on Administration → Users. */
    private static void edit(Browser admin, String username) {
        admin.open("/admin/users.xhtml");
        admin.byXpath("//tr[td[normalize-space(.)='" + username + "']]//button[contains(@id, ':edit')]")
                .click();
        admin.byId("userForm:username");
        admin.awaitAjax();
        admin.assertAccessible(); // the dialog as it opens
    }

    private static void save(Browser admin, String username) {
        admin.click("userForm:save");
        admin.waitUntilGone("userDialog");
        admin.keepPage("journey-admin-saved");
        assertTrue(admin.consoleErrors().isEmpty(), admin.consoleErrors()::toString);
    }

    @Test
    void aUserTheAdministratorDisablesIsRefusedOnTheirNextClick() {
        String username = aRelationshipManager();
        try (Browser user = new Browser();
                Browser admin = new Browser()) {
            user.signIn(username, PASSWORD);
            user.open("/touchpoints/list.xhtml");
            user.byId("currentUser");

            admin.signIn("admin", Api.DEMO_PASSWORD);
            edit(admin, username);
            admin.click("userForm:enabled");
            save(admin, username);
            admin.waitForText(username);

            user.byXpath("//*[@id='touchpoints:newTouchpoint']").click(); // Log a touchpoint
            user.byId("login:ended");
            user.keepPage("journey-user-refused");
            assertTrue(user.currentUrl().contains("/login.xhtml"), user.currentUrl());
            assertTrue(user.textOf("login:ended").contains("administrator"), user.textOf("login:ended"));

            user.byId("login:username").sendKeys(username);
            user.byId("login:password").sendKeys(PASSWORD);
            user.byId("login:submit").click();
            user.waitForText("Wrong username or password");
        }
    }

    @Test
    void aUserWhoseRoleTheAdministratorRemovesLosesItsPagesOnTheNextClick() {
        String username = aRelationshipManager();
        try (Browser user = new Browser();
                Browser admin = new Browser()) {
            user.signIn(username, PASSWORD);
            user.open("/touchpoints/list.xhtml");
            user.byId("currentUser");

            admin.signIn("admin", Api.DEMO_PASSWORD);
            edit(admin, username);
            admin.byXpath("//*[@id='userForm:roles']//label[normalize-space(.)='Viewer']")
                    .click();
            admin.byXpath("//*[@id='userForm:roles']//label[normalize-space(.)='Relationship manager']")
                    .click();
            save(admin, username);

            user.byXpath("//*[@id='touchpoints:newTouchpoint']").click();
            user.byId("login:ended");
            user.byId("login:username").sendKeys(username);
            user.byId("login:password").sendKeys(PASSWORD);
            user.byId("login:submit").click();
            user.byId("forbidden");
            user.keepPage("journey-user-demoted");
        }
    }
}
