package dev.gemba.it.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.gemba.it.Accessibility;
import dev.gemba.it.Api;
import dev.gemba.it.Browser;
import dev.gemba.it.BrowserTest;
import dev.gemba.it.DeployedPages;
import dev.gemba.it.survey.RespondentBrowserIT;
import org.junit.jupiter.api.Test;

/**
 * WCAG 2.1 AA on every page: axe-core finds no critical or serious violation on any signed-in
 * page the EAR deploys (in English and German, so a new page is checked without being listed
 * here) nor on the public pages.
 */
class AccessibilityBrowserIT extends BrowserTest {

    AccessibilityBrowserIT() {
        super(false);
    }

    @Test
    void everySignedInPageHasNoCriticalOrSeriousViolation() throws Exception {
        Map<String, List<Accessibility.Violation>> found = new LinkedHashMap<>();
        List<String> checked = new java.util.ArrayList<>();
        for (String language : List.of("en", "de")) {
            try (var browser = new Browser(language).checkingEveryPage(false)) {
                browser.signIn("admin", Api.DEMO_PASSWORD);
                for (String page : DeployedPages.signedIn()) {
                    browser.open(page);
                    browser.byId("currentUser");
                    browser.awaitAjax();
                    if (browser.pageSource().contains("id=\"notFound\"")) {
                        continue; // a page of one record, without its id: its browser test checks it with one
                    }
                    checked.add(language + " " + page);
                    found.put(language + " " + page, serious(browser));
                }
            }
        }
        assertTrue(checked.size() >= 40, "pages checked: " + checked);
        assertEquals(Map.of(), report(found));
    }

    @Test
    void everyDialogHasNoCriticalOrSeriousViolation() {
        Map<String, List<Accessibility.Violation>> found = new LinkedHashMap<>();
        try (var browser = new Browser().checkingEveryPage(false)) {
            browser.signIn("admin", Api.DEMO_PASSWORD);
            for (String[] dialog : new String[][] {
                {"/catalog/services.xhtml", "services:newService", "serviceDialog"},
                {"/catalog/business-units.xhtml", "units:newUnit", "unitDialog"},
                {"/admin/users.xhtml", "users:newUser", "userDialog"},
                {"/feedback/inbox.xhtml", "inbox:table:0:open", "detailDialog"}
            }) {
                browser.open(dialog[0]);
                browser.click(dialog[1]);
                browser.byId(dialog[2]);
                browser.awaitAjax();
                found.put(dialog[2], serious(browser));
            }
            // the reassign dialog of a follow-up action, on all open actions
            browser.open("/touchpoints/follow-ups.xhtml");
            browser.byXpath("//*[@id='followUps:scope']//label[normalize-space(.)='All open']")
                    .click();
            browser.awaitAjax();
            browser.byXpath("(//button[contains(@id,':reassign')])[1]").click();
            browser.byId("reassignDialog");
            browser.awaitAjax();
            found.put("reassignDialog", serious(browser));
        }
        assertEquals(Map.of(), report(found));
    }

    @Test
    void theInboxTableIsReadableAt200PercentZoom() {
        try (var browser = new Browser()) {
            browser.signIn("desk", Api.DEMO_PASSWORD);
            // a 1400 px wide window at 200%: 700 CSS pixels, each drawn twice as large
            ((org.openqa.selenium.chrome.ChromeDriver) browser.driver())
                    .executeCdpCommand(
                            "Emulation.setDeviceMetricsOverride",
                            Map.of("width", 700, "height", 500, "deviceScaleFactor", 2, "mobile", false));
            browser.open("/feedback/inbox.xhtml");
            browser.keepPage("inbox-200-percent");
            long textColumn = browser.allByXpath("//*[@id='inbox:table_data']/tr[1]/td[3]")
                    .get(0)
                    .getRect()
                    .getWidth();
            assertTrue(textColumn >= 150, "the text column is " + textColumn + " px wide");
            // nothing cut off: every cell's content fits the cell, or the table scrolls to it
            Object clipped = browser.script("return [...document.querySelectorAll('[id=\"inbox:table\"] tbody td')]"
                    + ".filter(td => td.scrollWidth > td.clientWidth + 1).map(td => td.textContent.trim());");
            assertEquals(List.of(), clipped);
        }
    }

    @Test
    void thePublicPagesHaveNoCriticalOrSeriousViolation() {
        Map<String, List<Accessibility.Violation>> found = new LinkedHashMap<>();
        for (String language : List.of("en", "de")) {
            var invitation =
                    RespondentBrowserIT.invite(RespondentBrowserIT.demoSurvey("Ticket satisfaction"), language);
            try (var browser = new Browser(language).checkingEveryPage(false)) {
                browser.open("/login.xhtml");
                browser.byId("login:username");
                found.put(language + " /login.xhtml", serious(browser));
                browser.open("/accessibility.xhtml");
                browser.byId("statementContact");
                found.put(language + " /accessibility.xhtml", serious(browser));
                browser.open("/unsubscribe.xhtml?t=unknown"); // a valid link's page: NoticeBrowserIT
                browser.byId("invalid");
                found.put(language + " /unsubscribe.xhtml", serious(browser));
                browser.phone();
                browser.open(invitation.path());
                browser.byId("survey:submit");
                found.put(language + " /respond.xhtml", serious(browser));
                // the problems of a submission without answers, shown beside their questions
                browser.click("survey:submit");
                browser.byXpath("//*[contains(@class,'gemba-field-error')][normalize-space(.)!='']");
                found.put(language + " /respond.xhtml with errors", serious(browser));
            }
        }
        assertEquals(Map.of(), report(found));
    }

    private static List<Accessibility.Violation> serious(Browser browser) {
        return Accessibility.violations(browser.driver()).stream()
                .filter(v -> v.impact().equals("critical") || v.impact().equals("serious"))
                .toList();
    }

    private static int elements(List<Accessibility.Violation> violations, String impact) {
        return violations.stream()
                .filter(v -> v.impact().equals(impact))
                .mapToInt(v -> v.targets().size())
                .sum();
    }

    /** Prints the figures per page and keeps only the pages with violations. */
    private static Map<String, List<Accessibility.Violation>> report(Map<String, List<Accessibility.Violation>> found) {
        found.forEach((page, violations) -> System.out.printf(
                "axe %-40s critical %3d serious %3d (elements)  %s%n",
                page,
                elements(violations, "critical"),
                elements(violations, "serious"),
                violations.stream().map(Accessibility.Violation::rule).toList()));
        Map<String, List<Accessibility.Violation>> failing = new LinkedHashMap<>(found);
        failing.values().removeIf(List::isEmpty);
        return failing;
    }
}
