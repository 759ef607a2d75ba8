package dev.gemba.review.control;

import static dev.gemba.platform.boundary.ServiceMessages.text;
import static dev.gemba.review.control.Html.date;

import java.util.List;

import dev.gemba.review.boundary.AgendaPoint;
import dev.gemba.review.boundary.RaisedItem;
import dev.gemba.review.boundary.ReviewDetails;
import dev.gemba.review.entity.OutcomeKind;
import dev.gemba.touchpoint.boundary.FollowUpDetails;

/** The minutes as XHTML for the PDF: notes per agenda point, then the actions and what was raised. */
public final class MinutesDocument {

    private MinutesDocument() {}

    public static String of(ReviewDetails review) {
        Html html = new Html(review.title());
        PackDocument.header(html, text("review.pdf.minutes"), review, null);
        for (AgendaPoint point : review.agenda()) {
            html.h(2, point.title());
            if (point.notes() == null) {
                html.hint(text("review.pdf.none"));
            } else {
                for (String paragraph : point.notes().split("\\n\\s*\\n")) {
                    html.p(paragraph);
                }
            }
            List<RaisedItem> raised = review.raised().stream()
                    .filter(r -> point.id() == (r.agendaItemId() == null ? -1 : r.agendaItemId()))
                    .toList();
            if (!raised.isEmpty()) {
                html.table(
                        List.of(text("review.pdf.raisedItems"), text("review.pdf.kind")),
                        raised.stream().map(r -> List.of(r.text(), kind(r))).toList());
            }
        }
        html.h(2, text("review.pdf.actions"));
        html.table(
                List.of(
                        text("review.pdf.action"),
                        text("review.pdf.owner"),
                        text("review.pdf.due"),
                        text("review.pdf.status")),
                review.actions().stream().map(MinutesDocument::row).toList());
        var decisions = review.raised().stream()
                .filter(r -> r.kind() != OutcomeKind.ACTION)
                .map(r -> List.of(r.text(), kind(r), date(r.createdAt())))
                .toList();
        html.h(2, text("review.pdf.decisions"));
        html.table(List.of(text("review.pdf.title"), text("review.pdf.kind"), text("review.pdf.raised")), decisions);
        return html.end();
    }

    private static String kind(RaisedItem r) {
        String key = "review.pdf.kind." + r.kind().name();
        return text(key);
    }

    private static List<String> row(FollowUpDetails f) {
        return List.of(f.text(), f.owner(), date(f.dueDate()), f.status().name());
    }
}
