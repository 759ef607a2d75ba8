package dev.gemba.it.touchpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import dev.gemba.it.Api;
import dev.gemba.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The coverage matrix against a data set with known gaps, in a period of its own (the first half
 * of 2025) so demo touchpoints do not count: exact counts, last dates, missing information and
 * gap flags, including the period's boundaries and the staleness threshold.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoverageIT {

    private static final String PERIOD = "from=2025-01-01T00:00:00Z&to=2025-07-01T00:00:00Z";
    private static final String OPERATION_ITEMS_BUT_FEEDBACK_AND_IMPACT =
            "Mechanism for tracking issues|Measures and metrics|Communication|Resources|Service level performance";

    private final Api viewer = Api.as("viewer");
    private final TouchpointFixture fixture = new TouchpointFixture();
    private long payroll;
    private long badges;
    private long unit;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.gemba();
    }

    @BeforeAll
    void knownDataSet() {
        Api rm = Api.as("rm");
        payroll = fixture.service("Coverage payroll");
        badges = fixture.service("Coverage badges");
        unit = fixture.businessUnit("Coverage unit");
        long other = fixture.businessUnit("Coverage other unit");
        long feedback = fixture.information("OPERATION", "Feedback");
        long impact = fixture.information("OPERATION", "Business impact");
        long acceptance = fixture.information("TRANSITION", "User acceptance");
        fixture.create(
                rm,
                fixture.touchpoint(
                                "2025-06-10T09:00:00Z",
                                "OPERATION",
                                "Support contacts",
                                unit,
                                List.of(payroll),
                                "Payroll questions")
                        .add("informationItemIds", TouchpointFixture.ids(feedback)));
        fixture.create(
                rm,
                fixture.touchpoint(
                                "2025-06-20T15:30:00Z",
                                "OPERATION",
                                "Follow-up calls",
                                unit,
                                List.of(payroll, badges),
                                "Follow-up on both")
                        .add("informationItemIds", TouchpointFixture.ids(impact)));
        fixture.create(
                rm,
                fixture.touchpoint(
                        "2025-02-15T10:00:00Z",
                        "DESIGN",
                        "Gemba walk",
                        unit,
                        List.of(payroll),
                        "Walk through payroll office"));
        fixture.create(
                rm,
                fixture.touchpoint(
                                "2025-05-10T10:00:00Z", "TRANSITION", "Pilots", other, List.of(badges), "Badge pilot")
                        .add("informationItemIds", TouchpointFixture.ids(acceptance)));
        // Outside the period: one second before it starts, and exactly at its (exclusive) end
        fixture.create(
                rm,
                fixture.touchpoint(
                        "2024-12-31T23:59:59Z", "STRATEGY", "Forecasting", unit, List.of(badges), "Too early"));
        fixture.create(
                rm, fixture.touchpoint("2025-07-01T00:00:00Z", "CSI", "Trends", unit, List.of(payroll), "Too late"));
    }

    @Test
    void servicesByPhaseHaveExactCountsLastDatesMissingInformationAndGaps() {
        JsonObject matrix =
                viewer.get("/api/v1/coverage?" + PERIOD + "&staleAfterDays=60").json();
        assertEquals(
                List.of("STRATEGY", "DESIGN", "TRANSITION", "OPERATION", "CSI"),
                matrix.getJsonArray("phases").getValuesAs(jakarta.json.JsonString::getString));

        List<JsonObject> pay = cells(matrix, payroll);
        assertCell(pay.get(0), 0, null, "NO_TOUCHPOINT");
        assertCell(pay.get(1), 1, "2025-02-15T10:00:00Z", "STALE");
        assertCell(pay.get(2), 0, null, "NO_TOUCHPOINT");
        assertCell(pay.get(3), 2, "2025-06-20T15:30:00Z", null);
        assertEquals(OPERATION_ITEMS_BUT_FEEDBACK_AND_IMPACT, missing(pay.get(3)));
        assertCell(pay.get(4), 0, null, "NO_TOUCHPOINT");

        List<JsonObject> badge = cells(matrix, badges);
        assertCell(badge.get(0), 0, null, "NO_TOUCHPOINT");
        assertCell(badge.get(2), 1, "2025-05-10T10:00:00Z", null);
        assertEquals(
                "Design document|Release criteria|Testing requirements|Sign-offs|Training|Communication",
                missing(badge.get(2)));
        assertCell(badge.get(3), 1, "2025-06-20T15:30:00Z", null);
        assertEquals(
                "Mechanism for tracking issues|Feedback|Measures and metrics|Communication|Resources"
                        + "|Service level performance",
                missing(badge.get(3)));
        assertCell(badge.get(4), 0, null, "NO_TOUCHPOINT");
        assertCell(badge.get(1), 0, null, "NO_TOUCHPOINT");
        assertEquals(8, missing(badge.get(1)).split("\\|").length, "an empty cell misses every Design item");
    }

    @Test
    void businessUnitsByPhaseCountEachTouchpointOnce() {
        JsonObject matrix = viewer.get("/api/v1/coverage?by=BUSINESS_UNIT&" + PERIOD + "&staleAfterDays=60")
                .json();
        List<JsonObject> cells = cells(matrix, unit);
        assertCell(cells.get(0), 0, null, "NO_TOUCHPOINT");
        assertCell(cells.get(1), 1, "2025-02-15T10:00:00Z", "STALE");
        assertCell(cells.get(2), 0, null, "NO_TOUCHPOINT");
        assertCell(cells.get(3), 2, "2025-06-20T15:30:00Z", null);
        assertCell(cells.get(4), 0, null, "NO_TOUCHPOINT");
    }

    @Test
    void aLongerThresholdClearsTheStaleFlagAndGapsAreCounted() {
        JsonObject strict =
                viewer.get("/api/v1/coverage?" + PERIOD + "&staleAfterDays=60").json();
        JsonObject lenient =
                viewer.get("/api/v1/coverage?" + PERIOD + "&staleAfterDays=200").json();
        assertCell(cells(lenient, payroll).get(1), 1, "2025-02-15T10:00:00Z", null);
        assertEquals(strict.getInt("gaps") - 1, lenient.getInt("gaps"), "only the stale Design cell changes");
        long flagged = strict.getJsonArray("rows").stream()
                .flatMap(r -> r.asJsonObject().getJsonArray("cells").stream())
                .filter(c -> text(c.asJsonObject(), "gap") != null)
                .count();
        assertEquals(flagged, strict.getInt("gaps"));
    }

    @Test
    void defaultsAndBadParametersAreExplained() {
        JsonObject current = viewer.get("/api/v1/coverage").json();
        assertEquals(90, current.getInt("staleAfterDays"));
        assertEquals("SERVICE", current.getString("dimension"));
        assertTrue(current.getJsonArray("rows").size() >= 13, "every demo service has a row");
        assertEquals("by", TouchpointsRestIT.firstErrorField(viewer.get("/api/v1/coverage?by=PLANET")));
        assertEquals(
                "staleAfterDays", TouchpointsRestIT.firstErrorField(viewer.get("/api/v1/coverage?staleAfterDays=0")));
        assertEquals(
                "from",
                TouchpointsRestIT.firstErrorField(
                        viewer.get("/api/v1/coverage?from=2025-07-01T00:00:00Z&to=2025-01-01T00:00:00Z")));
    }

    private static List<JsonObject> cells(JsonObject matrix, long rowId) {
        return matrix.getJsonArray("rows").stream()
                .map(JsonValue::asJsonObject)
                .filter(r -> r.getJsonNumber("id").longValue() == rowId)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + rowId))
                .getJsonArray("cells")
                .getValuesAs(JsonObject.class);
    }

    private static void assertCell(JsonObject cell, long touchpoints, String lastAt, String gap) {
        assertEquals(touchpoints, cell.getJsonNumber("touchpoints").longValue(), cell::toString);
        assertEquals(lastAt, text(cell, "lastAt"), cell::toString);
        assertEquals(gap, text(cell, "gap"), cell::toString);
    }

    /** JSON-B leaves null properties out. */
    private static String text(JsonObject o, String key) {
        return o.containsKey(key) && !o.isNull(key) ? o.getString(key) : null;
    }

    private static String missing(JsonObject cell) {
        return String.join(
                "|", cell.getJsonArray("missingInformation").getValuesAs(jakarta.json.JsonString::getString));
    }
}
