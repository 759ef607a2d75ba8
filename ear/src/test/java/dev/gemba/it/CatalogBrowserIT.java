package dev.gemba.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A person signs in, creates a service in the dialog and finds it in the list. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogBrowserIT {

    private Browser browser;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.gemba();
    }

    @BeforeEach
    void startBrowser() {
        browser = new Browser();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void adminCreatesAServiceAndSeesItInTheList() {
        String name = "Browser service " + UUID.randomUUID().toString().substring(0, 8);
        browser.signIn("admin", Api.DEMO_PASSWORD);
        browser.open("/catalog/services.xhtml");
        browser.byId("services:newService").click();
        browser.byId("serviceForm:name").sendKeys(name);
        browser.byId("serviceForm:owner").sendKeys("Browser Team");
        browser.byId("serviceForm:save").click();
        browser.waitUntilGone("serviceDialog");

        browser.open("/catalog/services.xhtml");
        var filter = browser.byId("services:table:name:filter");
        filter.sendKeys(name);
        browser.waitForText(name);
        assertTrue(browser.pageSource().contains("Browser Team"));
    }

    /** Found by EveryActionBrowserIT: the contact rows' buttons named a panel the row could not see. */
    @Test
    void aRelationshipManagerAddsAndRemovesKeyContactsOfTheirUnitInTheDialog() {
        String name = "Contacts unit " + UUID.randomUUID().toString().substring(0, 8);
        var created = Api.as("rm")
                .post(
                        "/api/v1/business-units",
                        "{\"name\":\"" + name + "\",\"relationshipManager\":\"rm\",\"keyContacts\":["
                                + "{\"name\":\"Kim Key\",\"email\":\"kim@example.com\",\"jobTitle\":\"COO\"},"
                                + "{\"name\":\"Lee Left\",\"email\":\"lee@example.com\"}]}");
        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();

        browser.signIn("rm", Api.DEMO_PASSWORD);
        browser.open("/catalog/business-units.xhtml");
        browser.byId("units:table:name:filter").sendKeys(name);
        browser.waitForText("Lee Left");
        browser.byXpath("//tr[contains(., '" + name + "')]//button[contains(@id, ':edit')]")
                .click();
        browser.byId("unitForm:name");
        // remove the second contact, add a third
        browser.byXpath("(//*[@id='unitForm:contacts']//div[@class='gemba-contact-row'])[2]//button")
                .click();
        browser.awaitAjax();
        browser.byXpath("//*[@id='unitForm:contacts']/button").click();
        browser.awaitAjax();
        var newRow = "(//*[@id='unitForm:contacts']//div[@class='gemba-contact-row'])[2]//input";
        browser.allByXpath(newRow).get(0).sendKeys("Max New");
        browser.allByXpath(newRow).get(1).sendKeys("max@example.com");
        browser.click("unitForm:save");
        browser.waitUntilGone("unitDialog");
        assertTrue(browser.consoleErrors().isEmpty(), browser.consoleErrors()::toString);

        var contacts = Api.as("rm")
                .get("/api/v1/business-units/" + id)
                .json()
                .getJsonArray("keyContacts")
                .getValuesAs(jakarta.json.JsonObject.class)
                .stream()
                .map(c -> c.getString("name"))
                .sorted()
                .toList();
        assertEquals(java.util.List.of("Kim Key", "Max New"), contacts);
    }

    @Test
    void blankNameShowsAMessageNextToTheField() {
        browser.signIn("admin", Api.DEMO_PASSWORD);
        browser.open("/catalog/services.xhtml");
        browser.byId("services:newService").click();
        browser.byId("serviceForm:save").click();
        assertTrue(browser.textOf("serviceForm:nameMessage").contains("must not be blank"));
    }

    @Test
    void aGermanBrowserGetsTheMessageInGerman() {
        try (var german = new Browser("de")) {
            german.signIn("admin", Api.DEMO_PASSWORD);
            german.open("/catalog/services.xhtml");
            german.byId("services:newService").click();
            german.byId("serviceForm:save").click();
            assertTrue(german.textOf("serviceForm:nameMessage").contains("darf nicht leer sein"));
            // a rule the service checks itself answers in German too
            german.byId("serviceForm:name").sendKeys("ERP");
            german.byId("serviceForm:owner").sendKeys("Browser Team");
            german.byId("serviceForm:save").click();
            german.waitForText("es gibt bereits einen Service namens „ERP“");
        }
    }

    @Test
    void viewerSeesTheCatalogWithoutEditingControlsAndCannotOpenAdministration() {
        browser.signIn("viewer", Api.DEMO_PASSWORD);
        browser.open("/catalog/services.xhtml");
        browser.waitForText("ERP");
        assertFalse(browser.pageSource().contains("services:newService"));
        browser.open("/admin/users.xhtml");
        browser.byId("forbidden");
    }
}
