package dev.gemba.review.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import dev.gemba.feedback.insight.FeedbackReach.Comment;
import dev.gemba.review.boundary.ReviewPack.Figure;
import dev.gemba.review.boundary.ReviewPack.MonthScores;
import dev.gemba.review.boundary.ReviewPack.SentimentMonth;
import dev.gemba.review.boundary.ReviewPack.ServiceLevelLine;
import dev.gemba.review.boundary.ReviewPack.TierLine;
import dev.gemba.review.boundary.StoryScope;
import dev.gemba.review.boundary.SupportStory;
import dev.gemba.review.boundary.SupportStory.Breadth;
import dev.gemba.review.boundary.SupportStory.Delivered;
import dev.gemba.review.boundary.SupportStory.ServiceUse;
import dev.gemba.review.boundary.SupportStory.TierShift;
import dev.gemba.review.boundary.SupportStory.UnitScores;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class SupportStoryDocumentTest {

    private static final LocalDate FROM = LocalDate.of(2026, 7, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);

    @Test
    void withNothingToShowTheDeckStillHasTenSlidesThatSaySo() throws Exception {
        var story = new SupportStory(
                Instant.parse("2027-01-05T08:00:00Z"),
                StoryScope.ALL,
                null,
                FROM,
                TO,
                FROM.minusDays(184),
                new Breadth(0, 0, 0, 0, 0, List.of()),
                0,
                List.of(),
                List.of(),
                List.of(new TierShift("L0", 0, 0, 0, 0), new TierShift("L1", 0, 0, 0, 0)),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null);
        byte[] pdf = PdfRenderer.render(SupportStoryDocument.of(story));
        try (var document = Loader.loadPDF(pdf)) {
            assertEquals(10, document.getNumberOfPages());
            assertTrue(
                    document.getPage(0).getMediaBox().getWidth()
                            > document.getPage(0).getMediaBox().getHeight(),
                    "landscape");
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("No improvement item was delivered in this period."), text);
            assertTrue(text.contains("No positive comments were received in this period."), text);
            assertTrue(text.contains("every testimonial is anonymised"), text);
        }
    }

    @Test
    void aFullDeckStaysWithinTenSlidesAndShowsItsFigures() throws Exception {
        byte[] pdf = PdfRenderer.render(SupportStoryDocument.of(full()));
        try (var document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertTrue(pages >= 8 && pages <= 10, "pages: " + pages);
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Business unit Qualitätssicherung"), text);
            assertTrue(text.contains("82.0 (74.1–88.3)"), "a score with its interval");
            assertTrue(text.contains("Drucker läuft wieder"), "a testimonial with umlauts");
            assertTrue(text.contains("more rows are not shown"), "long tables are cut");
            assertTrue(text.replaceAll("\\s+", " ").contains("L0 20 20% 70 35% +15"), "the L0 share grew by 15 points");
        }
    }

    @Test
    void testimonialsNameTheUnitOnlyAndLoseTheContactsNameAndEmail() {
        var quoted = Testimonials.anonymise(List.of(new Comment(
                1,
                Instant.parse("2026-09-01T10:00:00Z"),
                "Jürgen here (juergen.mueller@example.com): Müller says the new laptop is great!",
                "Jürgen Müller",
                "juergen.mueller@example.com",
                "Qualitätssicherung",
                0.9)));
        String text = quoted.get(0).text();
        assertFalse(text.contains("Jürgen") || text.contains("Müller") || text.contains("example.com"), text);
        assertTrue(text.contains("the new laptop is great!"), text);
        assertEquals("A colleague in Qualitätssicherung", quoted.get(0).attribution());
    }

    @Test
    void wordsOfTheTextThatAreNoNamesStay() {
        assertEquals(
                "The VPN connects first time now, thanks […]!",
                Testimonials.redact("The VPN connects first time now, thanks Vic!", "VPN user Vic"));
    }

    private static SupportStory full() {
        List<ServiceUse> uses = IntStream.range(0, 30)
                .mapToObj(i -> new ServiceUse(
                        "Service " + i,
                        List.of("Einkauf", "Vertrieb", "Qualität", "Werk Süd", "Werk Nord", "HR", "IT")))
                .toList();
        List<SentimentMonth> months = IntStream.range(0, 6)
                .mapToObj(i -> new SentimentMonth(FROM.plusMonths(i), 3 + i, 2, 5, 1))
                .toList();
        List<Delivered> delivered = IntStream.range(0, 20)
                .mapToObj(i -> new Delivered(
                        "CSI-00" + (10 + i),
                        "Drucker in Halle " + i + " tauschen und prüfen",
                        "Negative share",
                        FROM.plusDays(i),
                        40.0,
                        20.0,
                        -25.0,
                        -15.0,
                        "IMPROVED"))
                .toList();
        Figure csat = new Figure(40, 82.0, 74.1, 88.3);
        List<MonthScores> trend = IntStream.range(0, 12)
                .mapToObj(i -> new MonthScores(
                        FROM.minusMonths(6).plusMonths(i).toString().substring(0, 7),
                        40,
                        csat,
                        new Figure(40, 12.0, -5.0, 29.0),
                        new Figure(40, 5.5, 5.1, 5.9)))
                .toList();
        List<UnitScores> byUnit = IntStream.range(0, 20)
                .mapToObj(i -> new UnitScores("Bereich " + i, 40, csat, Figure.NONE, Figure.NONE))
                .toList();
        List<ServiceLevelLine> lines = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            lines.add(new ServiceLevelLine(
                    "SLA-" + i + " Verfügbarkeit",
                    "SLA",
                    "Service " + i,
                    "AVAILABILITY",
                    99.5,
                    99.7,
                    "COMPLIANT",
                    1,
                    List.of("COMPLIANT", "BREACHED", "AT_RISK", "COMPLIANT", "COMPLIANT", "COMPLIANT")));
        }
        List<TierLine> tierLines = IntStream.range(1, 4)
                .mapToObj(l -> new TierLine("OLA-1 Service Desk", "2026-12", l, 80.0, 80.0, 80.0, "COMPLIANT"))
                .toList();
        var quote = new SupportStory.Testimonial(
                "Der Drucker läuft wieder, danke! ".repeat(12), "A colleague in Qualitätssicherung", FROM);
        return new SupportStory(
                Instant.parse("2027-01-05T08:00:00Z"),
                new StoryScope(StoryScope.Kind.UNIT, 7L),
                "Qualitätssicherung",
                FROM,
                TO,
                FROM.minusDays(184),
                new Breadth(30, 7, 120, 480, 35, uses),
                400,
                months,
                delivered,
                List.of(
                        new TierShift("L0", 20, 0.20, 70, 0.35),
                        new TierShift("L1", 60, 0.60, 100, 0.50),
                        new TierShift("L2", 15, 0.15, 24, 0.12),
                        new TierShift("L3", 5, 0.05, 6, 0.03)),
                tierLines,
                trend,
                byUnit,
                List.of(quote, quote, quote, quote, quote),
                lines,
                null);
    }
}
