package dev.gemba.review.control;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** A small XHTML writer for the review documents: escaped text, headings, tables and the page style. */
final class Html {

    private static final String STYLE =
            " body { font-family: '" + PdfRenderer.FONT + "'; font-size: 9.5pt; color: #1d2733; }"
                    + " h1 { font-size: 17pt; margin: 0 0 4pt 0; } h2 { font-size: 12.5pt; margin: 14pt 0 4pt 0;"
                    + " border-bottom: 1px solid #8aa0b8; } h3 { font-size: 10.5pt; margin: 8pt 0 2pt 0; }"
                    + " table { width: 100%; border-collapse: collapse; margin: 3pt 0; -fs-table-paginate: paginate; }"
                    + " th { background: #e6edf5; text-align: left; } th, td { border: 1px solid #c5d0dc; padding: 2pt 4pt;"
                    + " vertical-align: top; } .meta td { border: none; padding: 1pt 4pt 1pt 0; } .hint { color: #5a6878; }"
                    + " .quote { font-style: italic; margin: 2pt 0 2pt 10pt; } img { width: 100%; }";

    /** Slides of a deck: one landscape page each, big key figures, charts narrower than the page. */
    private static final String SLIDES = " @page { size: A4 landscape; margin: 14mm 16mm; }"
            + " .next { page-break-before: always; }"
            + " .figures td { border: none; text-align: center; padding: 6pt; } .big { font-size: 26pt;"
            + " font-weight: bold; color: #2e6da4; } .footer { color: #5a6878; font-size: 8pt; margin-top: 8pt; }"
            + " img.chart { width: 78%; }";

    private final StringBuilder out = new StringBuilder();

    Html(String title) {
        this(title, false);
    }

    Html(String title, boolean slides) {
        out.append("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"/><title>")
                .append(esc(title))
                .append("</title><style>")
                .append(slides ? SLIDES : "@page { size: A4; margin: 18mm 16mm; }")
                .append(STYLE)
                .append("</style></head><body>");
    }

    Html h(int level, String text) {
        out.append("<h")
                .append(level)
                .append('>')
                .append(esc(text))
                .append("</h")
                .append(level)
                .append('>');
        return this;
    }

    Html p(String text) {
        out.append("<p>").append(esc(text)).append("</p>");
        return this;
    }

    Html hint(String text) {
        out.append("<p class=\"hint\">").append(esc(text)).append("</p>");
        return this;
    }

    Html quote(String text) {
        out.append("<p class=\"quote\">“").append(esc(text)).append("”</p>");
        return this;
    }

    Html raw(String xhtml) {
        out.append(xhtml);
        return this;
    }

    /** Label and value rows without borders. */
    Html meta(List<String[]> rows) {
        out.append("<table class=\"meta\">");
        rows.forEach(r -> out.append("<tr><td><b>")
                .append(esc(r[0]))
                .append("</b></td><td>")
                .append(esc(r[1]))
                .append("</td></tr>"));
        out.append("</table>");
        return this;
    }

    /** A table with a header row; an empty body says "none". */
    Html table(List<String> headers, List<List<String>> rows) {
        if (rows.isEmpty()) {
            return hint(text("review.pdf.none"));
        }
        out.append("<table><thead><tr>");
        headers.forEach(h -> out.append("<th>").append(esc(h)).append("</th>"));
        out.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            out.append("<tr>");
            row.forEach(c -> out.append("<td>").append(esc(c)).append("</td>"));
            out.append("</tr>");
        }
        out.append("</tbody></table>");
        return this;
    }

    String end() {
        return out.append("</body></html>").toString();
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    static String number(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.1f", value);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    static String date(LocalDate d) {
        return d == null ? "" : d.format(DateTimeFormatter.ISO_LOCAL_DATE);
    }

    static String date(Instant i) {
        return i == null ? "" : date(i.atOffset(ZoneOffset.UTC).toLocalDate());
    }

    static String dateTime(Instant i) {
        return i == null
                ? ""
                : i.atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + " UTC";
    }
}
