package dev.gemba.review.control;

import static dev.gemba.platform.boundary.ServiceMessages.text;
import static dev.gemba.review.control.Html.date;
import static dev.gemba.review.control.Html.number;

import java.util.ArrayList;
import java.util.List;

import dev.gemba.finding.boundary.FindingDetails;
import dev.gemba.improvement.boundary.ImprovementDetails;
import dev.gemba.improvement.boundary.ImprovementOutcome;
import dev.gemba.improvement.boundary.ScopeRef;

/**
 * One page for an improvement item closed successfully: why (the evidence of its findings), what
 * was done, and the measured outcome before and after.
 */
public final class SuccessStoryDocument {

    static final int QUOTES = 3;

    private SuccessStoryDocument() {}

    public static String of(ImprovementDetails item, ImprovementOutcome outcome, List<FindingDetails> findings) {
        Html html = new Html(item.number() + " " + item.title());
        html.h(1, text("review.pdf.successStory") + ": " + item.title());
        List<String[]> meta = new ArrayList<>();
        meta.add(new String[] {"#", item.number()});
        meta.add(new String[] {text("review.pdf.unit"), names(item.businessUnits())});
        meta.add(new String[] {text("review.pdf.service"), names(item.services())});
        meta.add(new String[] {text("review.pdf.owner"), item.owner() == null ? "" : item.owner()});
        meta.add(new String[] {text("review.pdf.delivered"), date(item.deliveredAt())});
        html.meta(meta);
        html.h(2, text("review.pdf.evidence"));
        if (findings.isEmpty()) {
            html.hint(text("review.pdf.none"));
        }
        for (FindingDetails f : findings) {
            html.h(3, f.title());
            html.p(f.statement());
            html.p(text(
                    "review.pdf.evidenceFigures", f.impact().items(), f.impact().people()));
            f.impact().verbatims().stream().limit(QUOTES).forEach(v -> html.quote(v.text()));
        }
        html.h(2, text("review.pdf.whatWasDone"));
        html.p(item.description() == null ? item.title() : item.description());
        html.h(2, text("review.pdf.outcome"));
        String kpi = item.kpiName() == null ? item.kpiKind().name() : item.kpiName();
        html.table(
                List.of(
                        "KPI",
                        text("review.pdf.before"),
                        text("review.pdf.after"),
                        text("review.pdf.difference"),
                        text("review.pdf.interval"),
                        text("review.pdf.verdict")),
                List.of(List.of(
                        kpi,
                        number(
                                outcome.before() == null
                                        ? item.baselineValue()
                                        : outcome.before().value()),
                        number(
                                outcome.after() == null
                                        ? item.manualCurrentValue()
                                        : outcome.after().value()),
                        number(outcome.difference()),
                        outcome.lower() == null ? "" : number(outcome.lower()) + " – " + number(outcome.upper()),
                        outcome.verdict() == null ? "" : outcome.verdict().name())));
        if (outcome.explanation() != null) {
            html.hint(outcome.explanation());
        }
        return html.end();
    }

    private static String names(List<ScopeRef> refs) {
        return String.join(", ", refs.stream().map(ScopeRef::name).toList());
    }
}
