package dev.gemba.review.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PackDocumentTest {

    static String text(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void thePackPdfShowsTheUnitItsFiguresAndGermanCharacters() throws Exception {
        String text = text(PdfRenderer.render(PackDocument.of(ReviewPackFixture.review(), ReviewPackFixture.pack())));
        assertTrue(text.contains("Münchner Werke"), text);
        assertTrue(text.contains("87.5"), "CSAT");
        assertTrue(text.contains("74.4 – 94.5"), "its 95% interval");
        assertTrue(text.contains("Das WLAN in Halle 3 fällt täglich aus."), "a verbatim with umlauts");
        assertTrue(text.contains("Drucker im Büro prüfen"), "an open action");
        assertTrue(text.contains("98.7") && text.contains("BREACHED"), "the SLA line");
        assertTrue(text.contains("OLA-7 Service Desk") && text.contains("77.5"), "a tier figure");
        assertTrue(text.contains("CSI-0001") && text.contains("66.7") && text.contains("25.0"), "you said, we did");
        assertTrue(text.contains("Business goals"), "a coverage gap");
        assertTrue(text.contains("Verschiedenes"), "a point added by hand");
    }

    @Test
    void theMinutesPdfShowsTheNotes() throws Exception {
        String text = text(PdfRenderer.render(MinutesDocument.of(ReviewPackFixture.review())));
        assertTrue(text.contains("Grüße an das Werk"), text);
        assertTrue(text.contains("Jürgen Groß"), text);
    }
}
