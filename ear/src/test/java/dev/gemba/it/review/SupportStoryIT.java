package dev.gemba.it.review;

import static dev.gemba.it.review.ReviewFixture.id;
import static dev.gemba.it.review.ReviewFixture.today;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import dev.gemba.it.Api;
import dev.gemba.it.Deployments;
import dev.gemba.it.WebSession;
import dev.gemba.it.feedback.FeedbackRestIT;
import org.apache.pdfbox.Loader;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The support success story: the deck of a seeded unit (page count, figures, umlauts, an anonymised
 * testimonial), field-naming problems, who may generate it over REST, and the form on the reviews list.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SupportStoryIT {

    private final Api desk = Api.as("desk");
    private final ReviewFixture fixture = new ReviewFixture();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.gemba();
    }

    @Test
    void theDeckOfASeededUnitHasEightToTenSlidesItsFiguresAndAnAnonymisedTestimonial() throws Exception {
        long unit = fixture.unitOfRm("Qualitätssicherung")[0];
        String unitName =
                Api.as("viewer").get("/api/v1/business-units/" + unit).json().getString("name");
        // four items in the period: two handled by self-service (L0), one by the desk, one by level 2
        feedback(
                unit,
                "L0",
                "Jürgen Müller",
                "juergen.mueller@example.com",
                "Jürgen Müller hier: the new printer works great, thank you so much!",
                true);
        feedback(unit, "L0", "Jürgen Müller", "juergen.mueller@example.com", "Reset my password in the portal.", false);
        feedback(unit, "L1", "Petra Schön", null, "The desk called back quickly.", false);
        feedback(unit, "L2", null, null, "The ERP report was fixed by the application team.", false);

        String scope = "unit:" + unit;
        byte[] pdf = ReviewFixture.pdf(
                "rm", "/api/v1/support-stories?from=" + today().minusDays(30) + "&to=" + today() + "&scope=" + scope);
        int pages;
        try (var document = Loader.loadPDF(pdf)) {
            pages = document.getNumberOfPages();
        }
        assertTrue(pages >= 8 && pages <= 10, "pages: " + pages);
        String text = ReviewFixture.text(pdf).replaceAll("\\s+", " ");
        assertTrue(text.contains("Business unit " + unitName), text);
        assertTrue(text.contains("Feedback items received in the period: 4."), text);
        // L0 handled half of the period's tiered items; the earlier period had none to compare with
        assertTrue(Pattern.compile("L0 0 0% 2 50% –").matcher(text).find(), text);
        assertTrue(text.contains("there is no shift to show yet"), text);
        assertTrue(text.contains("ä"), "an umlaut");
        assertTrue(text.contains("the new printer works great, thank you so much!"), text);
        assertTrue(text.contains("A colleague in " + unitName), text);
        assertFalse(text.contains("Müller") || text.contains("Jürgen") || text.contains("juergen"), text);
        assertTrue(text.contains("every testimonial is anonymised"), text);
    }

    @Test
    void badParametersAreProblemsNamingTheField() {
        Api rm = Api.as("rm");
        String period = "from=" + today().minusDays(30) + "&to=" + today();
        assertField(rm.download("/api/v1/support-stories?to=" + today()), "from");
        assertField(rm.download("/api/v1/support-stories?from=2026-02-30&to=" + today()), "from");
        assertField(rm.download("/api/v1/support-stories?from=" + today() + "&to=" + today().minusDays(1)), "from");
        assertField(rm.download("/api/v1/support-stories?from=2020-01-01&to=" + today()), "to");
        assertField(rm.download("/api/v1/support-stories?" + period + "&scope=unit:abc"), "scope");
        assertField(rm.download("/api/v1/support-stories?" + period + "&scope=team:1"), "scope");
        assertField(rm.download("/api/v1/support-stories?" + period + "&scope=unit:999999"), "scope");
    }

    @Test
    void reviewReadersGenerateTheDeckOthersAreRefused() throws Exception {
        String path = "/api/v1/support-stories?from=" + today().minusDays(7) + "&to=" + today() + "&scope=all";
        for (String reader : new String[] {"admin", "steering", "viewer"}) {
            assertTrue(ReviewFixture.text(ReviewFixture.pdf(reader, path)).contains("Support success story"), reader);
        }
        for (String other : new String[] {"desk", "integration"}) {
            var refused = Api.as(other).download(path);
            assertEquals(403, refused.status(), refused::toString);
            assertTrue(refused.isProblem(), refused::toString);
        }
        assertEquals(401, Api.anonymous().download(path).status());
    }

    @Test
    void theReviewsListOffersTheDeckAndShowsAWrongPeriodBesideTheField() {
        WebSession rm = WebSession.signedIn("rm");
        String page = rm.get("/reviews/list.xhtml").body();
        assertTrue(page.contains("Support success story (PDF)"), page);
        var pdf = rm.postForm(
                "/reviews/list.xhtml", page, form(today().minusDays(30).toString(), today().toString()));
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertTrue(pdf.body().startsWith("%PDF"));

        String again = rm.get("/reviews/list.xhtml").body();
        var refused = rm.postForm(
                "/reviews/list.xhtml",
                again,
                form(today().toString(), today().minusDays(5).toString()));
        assertEquals(200, refused.statusCode());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(
                Pattern.compile("id=\"story:fromMessage\"[^>]*>.*must start on or before", Pattern.DOTALL)
                        .matcher(refused.body())
                        .find(),
                refused.body());

        assertEquals(403, WebSession.signedIn("desk").get("/reviews/list.xhtml").statusCode());
    }

    private static Map<String, String> form(String from, String to) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("story", "story");
        fields.put("story:from_input", from);
        fields.put("story:to_input", to);
        fields.put("story:scope_input", "all");
        fields.put("story:download", "");
        return fields;
    }

    private static void assertField(Api.Reply reply, String field) {
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.isProblem(), reply::toString);
        assertEquals(field, reply.json().getJsonArray("errors").getJsonObject(0).getString("field"), reply::toString);
    }

    private void feedback(long unit, String tier, String name, String email, String text, boolean positive)
            throws Exception {
        var body = Json.createObjectBuilder()
                .add("channel", "CHAT")
                .add("text", text)
                .add("businessUnitId", unit)
                .add("tier", tier);
        if (name != null) {
            body.add("contactName", name);
        }
        if (email != null) {
            body.add("contactEmail", email);
        }
        var created = desk.post("/api/v1/feedback", body.build().toString());
        assertEquals(201, created.status(), created::toString);
        JsonObject analysed = FeedbackRestIT.awaitAnalysis(desk, id(created.json()));
        // the deck quotes what people (or the model) call positive; the test must not hang on the model
        var corrected = desk.put(
                "/api/v1/feedback/" + id(analysed) + "/correction",
                Json.createObjectBuilder()
                        .add("sentiment", positive ? "POSITIVE" : "NEUTRAL")
                        .add("version", analysed.getJsonNumber("version"))
                        .build()
                        .toString());
        assertEquals(200, corrected.status(), corrected::toString);
    }
}
