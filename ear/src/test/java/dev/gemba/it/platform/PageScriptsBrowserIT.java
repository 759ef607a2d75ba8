package dev.gemba.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import dev.gemba.it.Api;
import dev.gemba.it.Browser;
import dev.gemba.it.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * Every page loads without a script error under the content security policy: PrimeFaces
 * initialises its widgets, charts and uploaders with inline scripts, which run only because
 * they carry the response's nonce. The other browser tests work through pages; this one opens
 * all of them, including those no workflow test visits.
 */
class PageScriptsBrowserIT extends BrowserTest {

    /** Every page the administrator can open without parameters. */
    static final List<String> PAGES = List.of(
            "/index.xhtml",
            "/admin/analysis.xhtml",
            "/admin/lifecycle.xhtml",
            "/admin/survey-policy.xhtml",
            "/admin/users.xhtml",
            "/catalog/business-units.xhtml",
            "/catalog/services.xhtml",
            "/feedback/capture.xhtml",
            "/importing/import.xhtml",
            "/feedback/inbox.xhtml",
            "/feedback/insights.xhtml",
            "/surveys/campaigns.xhtml",
            "/surveys/scores.xhtml",
            "/surveys/surveys.xhtml",
            "/touchpoints/calendar.xhtml",
            "/touchpoints/coverage.xhtml",
            "/touchpoints/entry.xhtml",
            "/touchpoints/follow-ups.xhtml",
            "/touchpoints/list.xhtml");

    @Test
    void publicPagesRunTheirScripts() {
        browser.open("/respond.xhtml?token=not-a-token");
        browser.byXpath("//body");
        assertEquals(List.of(), browser.consoleErrors(), "/respond.xhtml");
        browser.open("/login.xhtml");
        browser.byId("login:username");
        assertEquals(List.of(), browser.consoleErrors(), "/login.xhtml");
    }

    @Test
    void everyPageRunsItsScripts() {
        openEveryPage(browser);
    }

    @Test
    void everyPageRunsItsScriptsInGerman() {
        try (var german = new Browser("de")) {
            openEveryPage(german);
            german.open("/index.xhtml");
            german.waitForText("Willkommen bei Gemba");
        }
    }

    private static void openEveryPage(Browser browser) {
        browser.signIn("admin", Api.DEMO_PASSWORD);
        browser.consoleErrors(); // the sign-in's own page is checked above
        for (String page : PAGES) {
            browser.open(page);
            browser.byId("currentUser"); // the layout rendered: signed in, not an error page
            assertFalse(browser.currentUrl().contains("login.xhtml"), page);
            assertEquals(List.of(), browser.consoleErrors(), page);
            assertFalse(browser.pageSource().contains("???"), page + ": a text missing from the bundle");
            browser.keepPage(
                    "page-" + browser.language() + page.replace('/', '-').replace(".xhtml", ""));
        }
    }
}
