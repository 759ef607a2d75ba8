package dev.gemba.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import dev.gemba.it.Api;
import dev.gemba.it.Browser;
import dev.gemba.it.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The application's shell and small controls: the menu opens on a click, the site has an icon,
 * row buttons say what they do, and the import page says when an import is over.
 */
class ShellBrowserIT extends BrowserTest {

    ShellBrowserIT() {
        super(false); // opens browsers of its own
    }

    @Test
    void clickingATopMenuItemOpensItsSubmenuAndKeepsItOpen() throws Exception {
        try (var browser = new Browser()) {
            browser.signIn("rm", Api.DEMO_PASSWORD);
            // Selenium moves the pointer onto the item (which opens it on hover) and then clicks, as a person does
            browser.byXpath("//*[@id='menuForm:menu']//a[normalize-space(.)='Surveys']")
                    .click();
            Thread.sleep(600); // longer than the menu's animations
            assertTrue(browser.byXpath("//a[@id='menuForm:menuCampaigns']").isDisplayed(), "the submenu is open");
            browser.click("menuForm:menuCampaigns");
            browser.waitForText("Survey campaigns");
        }
    }

    @Test
    void theSiteHasAnIconServedAsAnImageAndCached() {
        var icon = Api.anonymous().download("/favicon.ico");
        assertEquals(200, icon.status(), icon::toString);
        assertTrue(icon.contentType().startsWith("image/"), icon.contentType());
        String caching = icon.raw().headers().firstValue("Cache-Control").orElse("");
        assertTrue(caching.contains("max-age") && !caching.contains("no-store"), caching);
        try (var browser = new Browser()) {
            browser.open("/login.xhtml");
            String href = browser.allByXpath("//link[@rel='icon']").get(0).getAttribute("href");
            var linked = Api.anonymous().download(href.substring(href.indexOf("/", "http://".length())));
            assertEquals(200, linked.status(), linked::toString);
            assertTrue(linked.contentType().startsWith("image/"), linked.contentType());
            assertTrue(browser.consoleErrors().isEmpty(), () -> browser.consoleErrors()
                    .toString());
        }
    }

    @Test
    void theVocabularyRowsSayWhichButtonSaves() {
        for (String language : List.of("en", "de")) {
            try (var browser = new Browser(language)) {
                browser.signIn("admin", Api.DEMO_PASSWORD);
                browser.open("/admin/lifecycle.xhtml");
                List<WebElement> saves = browser.allByXpath("//*[@id='lifecycle:types_data']//button");
                assertFalse(saves.isEmpty());
                String expected = language.equals("de") ? "Speichern" : "Save";
                for (WebElement button : saves) {
                    // an icon-only button keeps its text for screen readers but hides it from everyone else
                    assertFalse(button.getAttribute("class").contains("ui-button-icon-only"), "an unlabelled icon");
                    WebElement label = button.findElement(org.openqa.selenium.By.className("ui-button-text"));
                    assertEquals(expected, label.getText().strip());
                    assertTrue(label.getRect().getWidth() > 20, "the label is visible");
                }
            }
        }
    }

    @Test
    void theImportPageSaysWhenTheImportIsOver() throws Exception {
        String marker = "over" + UUID.randomUUID().toString().substring(0, 8);
        Path file = Files.createTempFile("finished", ".csv");
        Files.writeString(
                file, "Ticket ID,Created,Comment\nINC-" + marker + ",2026-02-01,Printer fixed " + marker + "\n");
        try (var browser = new Browser()) {
            browser.signIn("desk", Api.DEMO_PASSWORD);
            browser.open("/importing/import.xhtml");
            browser.chooseFile(file);
            browser.waitForText("1 rows");
            browser.click("import:start");
            browser.waitForText("Import started.");
            // the same page, without reloading it, tells that the import is over
            browser.waitForText("Import finished: 1 imported");
            assertFalse(browser.pageSource().contains("Import started."), "the started note stays");
            browser.keepPage("import-finished");
        }
    }
}
