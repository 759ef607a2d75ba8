package dev.gemba.it.touchpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;

import dev.gemba.it.Api;
import dev.gemba.it.BrowserTest;
import org.junit.jupiter.api.Test;

/** Relationship managers log a touchpoint with the quick-entry form and read gaps off the heatmap. */
class TouchpointBrowserIT extends BrowserTest {

    @Override
    protected String keptPagePrefix() {
        return "";
    }

    @Test
    void quickEntryUsesDefaultsFiltersTypesByPhaseAndSaves() {
        String marker = "walk" + UUID.randomUUID().toString().substring(0, 8);
        browser.signIn("rm", Api.DEMO_PASSWORD);
        browser.open("/touchpoints/entry.xhtml");
        assertEquals("Finance", browser.textOf("entry:businessUnitId_label"), "the RM's first business unit");

        browser.click("entry:save");
        assertTrue(browser.textOf("entry:summaryMessage").contains("must not be blank"), "message next to the field");

        browser.choose("entry:phase", "Service Design");
        browser.choose("entry:typeId", "Gemba walk");
        browser.byId("entry:summary").sendKeys("Shop floor visit " + marker);
        browser.byXpath("//label[normalize-space(.)='Business requirements']").click();
        browser.click("entry:save");
        browser.waitForText("Touchpoint saved.");

        JsonObject found =
                Api.as("viewer").get("/api/v1/touchpoints?q=" + marker).json();
        assertEquals(1, found.getInt("total"));
        JsonObject touchpoint = found.getJsonArray("items").getJsonObject(0);
        assertEquals("DESIGN", touchpoint.getString("phase"));
        assertEquals("Gemba walk", touchpoint.getString("typeName"));
        assertEquals("Finance", touchpoint.getString("businessUnitName"));
        assertEquals("rm", touchpoint.getJsonArray("itParticipants").getString(0), "the user is a participant");
        assertEquals(
                "Business requirements",
                touchpoint.getJsonArray("informationCaptured").getJsonObject(0).getString("name"));
        assertEquals("Service Design", browser.textOf("entry:phase_label"), "the next entry keeps the phase");
    }

    @Test
    void heatmapShowsAKnownGapAsAGapAndListsACellsTouchpoints() {
        var fixture = new TouchpointFixture();
        String name = "Heatmap svc " + UUID.randomUUID().toString().substring(0, 8);
        long service = fixture.service(name);
        String serviceName =
                Api.as("viewer").get("/api/v1/services/" + service).json().getString("name");
        long unit = fixture.businessUnit("Heatmap unit");
        String occurred = Instant.now()
                .minus(2, ChronoUnit.DAYS)
                .truncatedTo(ChronoUnit.SECONDS)
                .toString();
        fixture.create(
                Api.as("rm"),
                fixture.touchpoint(
                        occurred, "OPERATION", "Support contacts", unit, List.of(service), "Heatmap contact " + name));

        browser.signIn("steering", Api.DEMO_PASSWORD);
        browser.open("/touchpoints/coverage.xhtml");
        String cell = "//td[@data-row='" + serviceName + "' and @data-phase='%s']";
        assertTrue(browser.byXpath(cell.formatted("STRATEGY"))
                .getAttribute("class")
                .contains("gemba-gap-NO_TOUCHPOINT"));
        assertTrue(browser.byXpath(cell.formatted("STRATEGY")).getText().contains("No touchpoint"));
        assertTrue(browser.byXpath(cell.formatted("OPERATION"))
                .getAttribute("class")
                .contains("gemba-covered"));
        // covered is said in words as well as by colour
        assertTrue(browser.byXpath(cell.formatted("OPERATION")).getText().contains("Covered"));

        browser.byXpath(cell.formatted("OPERATION") + "//a").click();
        browser.waitForText("Heatmap contact " + name);
        assertTrue(browser.textOf("cellMissing").contains("Mechanism for tracking issues"));
    }
}
