package dev.gemba.it.catalog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import dev.gemba.it.Api;
import dev.gemba.it.Browser;
import dev.gemba.it.BrowserTest;
import org.junit.jupiter.api.Test;

/** A person signs in, creates a service in the dialog and finds it in the list. */
class CatalogBrowserIT extends BrowserTest {

    @Test
    void adminCreatesAServiceAndSeesItInTheList() {
        String name = "Browser service " + UUID.randomUUID().toString().substring(0, 8);
        browser.signIn("admin", Api.DEMO_PASSWORD);
        browser.open("/catalog/services.xhtml");
        browser.byId("services:newService").click();
        browser.byId("serviceForm:name");
        browser.awaitAjax();
        browser.assertAccessible();
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
