package dev.gemba.review.control;

import static dev.gemba.platform.boundary.ServiceMessages.text;
import static dev.gemba.review.control.Html.date;
import static dev.gemba.review.control.Html.number;
import static dev.gemba.review.control.Html.percent;

import java.util.ArrayList;
import java.util.List;

import dev.gemba.review.boundary.AgendaPoint;
import dev.gemba.review.boundary.ReviewDetails;
import dev.gemba.review.boundary.ReviewPack;
import dev.gemba.review.boundary.ReviewPack.Figure;
import dev.gemba.review.entity.PackSection;

/** The review pack as XHTML for the PDF: the review's facts, then every agenda point with its section's figures. */
public final class PackDocument {

    private PackDocument() {}

    public static String of(ReviewDetails review, ReviewPack pack) {
        Html html = new Html(review.title());
        header(html, text("review.pdf.pack"), review, pack);
        html.h(2, text("review.pdf.agenda"));
        StringBuilder list = new StringBuilder("<ol>");
        review.agenda()
                .forEach(a -> list.append("<li>").append(Html.esc(a.title())).append("</li>"));
        html.raw(list.append("</ol>").toString());
        for (AgendaPoint point : review.agenda()) {
            html.h(2, point.title());
            if (point.section() != null) {
                section(html, point.section(), pack);
            }
        }
        return html.end();
    }

    static void header(Html html, String kind, ReviewDetails review, ReviewPack pack) {
        html.h(1, kind + ": " + review.title());
        List<String[]> meta = new ArrayList<>();
        meta.add(new String[] {text("review.pdf.unit"), review.businessUnitName()});
        meta.add(new String[] {
            text("review.pdf.service"),
            review.serviceName() == null ? text("review.pdf.allServices") : review.serviceName()
        });
        meta.add(new String[] {text("review.pdf.period"), date(review.periodFrom()) + " – " + date(review.periodTo())});
        meta.add(new String[] {text("review.pdf.scheduled"), Html.dateTime(review.scheduledAt())});
        List<String> people = new ArrayList<>(review.itParticipants());
        people.addAll(review.businessContacts());
        meta.add(new String[] {text("review.pdf.participants"), String.join(", ", people)});
        if (pack != null) {
            meta.add(new String[] {text("review.pdf.generated"), Html.dateTime(pack.generatedAt())});
        }
        html.meta(meta);
        if (pack != null && review.publishedAt() == null) {
            html.hint(text("review.pdf.draft"));
        }
    }

    static void section(Html html, PackSection section, ReviewPack pack) {
        switch (section) {
            case OPEN_ACTIONS -> html.table(
                    List.of(text("review.pdf.action"), text("review.pdf.owner"), text("review.pdf.due")),
                    pack.openActions().stream()
                            .map(a -> List.of(a.text(), a.owner(), date(a.dueDate()) + (a.overdue() ? " !" : "")))
                            .toList());
            case SERVICE_LEVELS -> serviceLevels(html, pack);
            case SURVEY_SCORES -> surveys(html, pack);
            case FEEDBACK -> feedback(html, pack);
            case FINDINGS -> html.table(
                    List.of(text("review.pdf.title"), text("review.pdf.status"), text("review.pdf.raised")),
                    pack.findings().stream()
                            .map(f -> List.of(f.title(), f.status(), date(f.createdAt())))
                            .toList());
            case IMPROVEMENTS -> html.table(
                    List.of(
                            "#",
                            text("review.pdf.title"),
                            text("review.pdf.status"),
                            text("review.pdf.owner"),
                            text("review.pdf.due"),
                            text("review.pdf.before"),
                            text("review.pdf.after"),
                            text("review.pdf.verdict")),
                    pack.improvements().stream()
                            .map(i -> List.of(
                                    i.number(),
                                    i.title(),
                                    i.status(),
                                    i.owner() == null ? "" : i.owner(),
                                    date(i.due()),
                                    number(i.before()),
                                    number(i.after()),
                                    i.verdict() == null ? "" : i.verdict()))
                            .toList());
            case YOU_SAID_WE_DID -> youSaid(html, pack);
            case COVERAGE_GAPS -> html.table(
                    List.of(
                            text("review.pdf.phase"),
                            text("review.pdf.gap"),
                            text("review.pdf.touchpoints"),
                            text("review.pdf.missing")),
                    pack.coverageGaps().stream()
                            .map(g -> List.of(
                                    g.phase(),
                                    g.gap() == null ? "" : g.gap(),
                                    String.valueOf(g.touchpoints()),
                                    String.join(", ", g.missingInformation())))
                            .toList());
        }
    }

    private static void serviceLevels(Html html, ReviewPack pack) {
        var levels = pack.serviceLevels();
        if (levels == null || levels.lines().isEmpty()) {
            html.hint(levels == null || levels.note() == null ? text("review.pdf.none") : levels.note());
            return;
        }
        tiers(html, levels.tiers());
        html.table(
                List.of(
                        text("review.pdf.agreement"),
                        text("review.pdf.service"),
                        text("review.pdf.target"),
                        text("review.pdf.measured"),
                        text("review.pdf.compliance"),
                        text("review.pdf.trend")),
                levels.lines().stream()
                        .map(l -> List.of(
                                l.agreementKind() + " " + l.agreement(),
                                l.service() == null ? "" : l.service(),
                                l.target() + " " + number(l.targetValue()),
                                number(l.measured()),
                                l.compliance() == null ? "" : l.compliance(),
                                String.join(" → ", l.trend())))
                        .toList());
    }

    private static void tiers(Html html, List<ReviewPack.TierLine> tiers) {
        if (tiers.isEmpty()) {
            return;
        }
        html.h(3, text("review.pdf.tiers"));
        html.table(
                List.of(
                        text("review.pdf.agreement"),
                        text("review.pdf.month"),
                        text("review.pdf.level"),
                        text("review.pdf.measured"),
                        text("review.pdf.shareOfAll"),
                        text("review.pdf.target"),
                        text("review.pdf.compliance")),
                tiers.stream()
                        .map(t -> List.of(
                                t.agreement(),
                                t.month(),
                                String.valueOf(t.level()),
                                number(t.measured()),
                                number(t.shareOfAll()),
                                number(t.targetValue()),
                                t.compliance() == null ? "" : t.compliance()))
                        .toList());
        html.h(3, text("review.pdf.agreements"));
    }

    private static void surveys(Html html, ReviewPack pack) {
        var s = pack.surveys();
        html.p(text("review.pdf.responses") + ": " + s.responses());
        html.table(
                List.of(text("review.pdf.score"), text("review.pdf.value"), text("review.pdf.interval"), "n"),
                List.of(figure("CSAT %", s.csat()), figure("NPS", s.nps()), figure("CES", s.ces())));
        html.h(3, text("review.pdf.trend"));
        html.table(
                List.of(text("review.pdf.month"), text("review.pdf.responses"), "CSAT %", "NPS", "CES"),
                s.trend().stream()
                        .map(m -> List.of(
                                m.month(),
                                String.valueOf(m.responses()),
                                number(m.csat().value()),
                                number(m.nps().value()),
                                number(m.ces().value())))
                        .toList());
    }

    private static List<String> figure(String name, Figure f) {
        String interval = f.low() == null ? "" : number(f.low()) + " – " + number(f.high());
        return List.of(name, number(f.value()), interval, String.valueOf(f.n()));
    }

    private static void feedback(Html html, ReviewPack pack) {
        var f = pack.feedback();
        String chart = SentimentChart.dataUri(f.sentiment());
        if (chart != null) {
            html.h(3, text("review.pdf.chart"));
            html.raw("<img src=\"" + chart + "\" alt=\"" + Html.esc(text("review.pdf.chart")) + "\"/>");
        }
        html.table(
                List.of(
                        text("review.pdf.month"),
                        text("review.pdf.negative"),
                        text("review.pdf.neutral"),
                        text("review.pdf.positive"),
                        text("review.pdf.mixed")),
                f.sentiment().stream()
                        .map(m -> List.of(
                                date(m.month()).substring(0, 7),
                                String.valueOf(m.negative()),
                                String.valueOf(m.neutral()),
                                String.valueOf(m.positive()),
                                String.valueOf(m.mixed())))
                        .toList());
        html.h(3, text("review.pdf.topics"));
        html.table(
                List.of(text("review.pdf.topic"), text("review.pdf.items"), text("review.pdf.negativeShare")),
                f.topTopics().stream()
                        .map(t -> List.of(t.topic(), String.valueOf(t.count()), percent(t.negativeShare())))
                        .toList());
        for (var topic : f.topTopics()) {
            if (!topic.verbatims().isEmpty()) {
                html.p(text("review.pdf.verbatims") + " (" + topic.topic() + "):");
                topic.verbatims().forEach(html::quote);
            }
        }
    }

    private static void youSaid(Html html, ReviewPack pack) {
        if (pack.youSaidWeDid().isEmpty()) {
            html.hint(text("review.pdf.none"));
            return;
        }
        for (var item : pack.youSaidWeDid()) {
            html.h(3, item.number() + " " + item.title());
            if (item.customerSaid() != null) {
                html.quote(item.customerSaid());
            }
            html.p(text("review.pdf.before") + ": " + number(item.before()) + " · " + text("review.pdf.after") + ": "
                    + number(item.after()) + (item.verdict() == null ? "" : " · " + item.verdict()) + " · "
                    + date(item.deliveredAt()));
        }
    }
}
