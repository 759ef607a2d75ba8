package dev.gemba.review.control;

import static dev.gemba.platform.boundary.ServiceMessages.text;
import static dev.gemba.review.control.Html.date;
import static dev.gemba.review.control.Html.number;
import static dev.gemba.review.control.Html.percent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.gemba.review.boundary.ReviewPack.Figure;
import dev.gemba.review.boundary.ReviewPack.MonthScores;
import dev.gemba.review.boundary.ReviewPack.ServiceLevelLine;
import dev.gemba.review.boundary.ReviewPack.TierLine;
import dev.gemba.review.boundary.SupportStory;
import dev.gemba.review.boundary.SupportStory.Delivered;
import dev.gemba.review.boundary.SupportStory.TierShift;

/**
 * The support success story as ten landscape slides, one per page: every slide is written even when
 * it has nothing to show (it then says so), and its tables are cut to what fits one page, so the
 * deck always has the same shape.
 */
public final class SupportStoryDocument {

    static final int ROWS = 14;
    static final int MONTHS = 12;
    static final int UNITS_PER_SERVICE = 6;

    private SupportStoryDocument() {}

    public static String of(SupportStory s) {
        String scope = scope(s);
        Html html = new Html(text("story.pdf.title") + " – " + scope, true);
        cover(html, s, scope);
        breadth(html.raw(END + NEXT), s);
        feedback(html.raw(END + NEXT), s);
        improvements(html.raw(END + NEXT), s.improvements());
        tiers(html.raw(END + NEXT), s);
        surveyTrend(html.raw(END + NEXT), s.surveyTrend());
        surveyByUnit(html.raw(END + NEXT), s);
        testimonials(html.raw(END + NEXT), s);
        serviceLevels(html.raw(END + NEXT), s);
        method(html.raw(END + NEXT), s);
        return html.raw(END).end();
    }

    private static final String FIRST = "<div class=\"slide\">";
    private static final String NEXT = "<div class=\"slide next\">";
    private static final String END = "</div>";

    private static String scope(SupportStory s) {
        return switch (s.scope().kind()) {
            case UNIT -> text("story.pdf.scopeUnit", s.scopeName());
            case SERVICE -> text("story.pdf.scopeService", s.scopeName());
            case ALL -> text("story.pdf.scopeAll");
        };
    }

    private static void cover(Html html, SupportStory s, String scope) {
        html.raw(FIRST).h(1, text("story.pdf.title")).h(2, scope);
        html.p(text(
                "story.pdf.period",
                date(s.from()),
                date(s.to()),
                date(s.earlierFrom()),
                date(s.from().minusDays(1))));
        var b = s.breadth();
        String[][] figures = {
            {String.valueOf(b.services()), text("story.pdf.services")},
            {String.valueOf(b.units()), text("story.pdf.units")},
            {String.valueOf(b.people()), text("story.pdf.people")},
            {String.valueOf(b.surveyAnswers()), text("story.pdf.answers")},
            {String.valueOf(b.touchpoints()), text("story.pdf.touchpoints")},
            {String.valueOf(s.improvements().size()), text("story.pdf.delivered")}
        };
        StringBuilder row = new StringBuilder("<table class=\"figures\"><tr>");
        for (String[] f : figures) {
            row.append("<td><div class=\"big\">")
                    .append(Html.esc(f[0]))
                    .append("</div>")
                    .append(Html.esc(f[1]))
                    .append("</td>");
        }
        html.raw(row.append("</tr></table>").toString());
        html.raw("<p class=\"footer\">" + Html.esc(text("story.pdf.generated", Html.dateTime(s.generatedAt())))
                + "</p>");
    }

    private static void breadth(Html html, SupportStory s) {
        var b = s.breadth();
        html.h(1, text("story.pdf.breadth"));
        html.p(text("story.pdf.breadthText", b.services(), b.units(), b.people(), b.surveyAnswers(), b.touchpoints()));
        List<List<String>> rows = new ArrayList<>();
        b.uses().stream().limit(ROWS).forEach(u -> rows.add(List.of(u.service(), units(u.units()))));
        if (rows.isEmpty()) {
            html.hint(text("story.pdf.noServices"));
        } else {
            html.table(List.of(text("review.pdf.service"), text("story.pdf.usedBy")), rows);
        }
        more(html, b.uses().size());
    }

    private static String units(List<String> names) {
        if (names.isEmpty()) {
            return "–";
        }
        String shown = String.join(", ", names.stream().limit(UNITS_PER_SERVICE).toList());
        return names.size() > UNITS_PER_SERVICE
                ? shown + " " + text("story.pdf.andMore", names.size() - UNITS_PER_SERVICE)
                : shown;
    }

    private static void more(Html html, int size) {
        if (size > ROWS) {
            html.hint(text("story.pdf.moreRows", size - ROWS));
        }
    }

    private static void feedback(Html html, SupportStory s) {
        html.h(1, text("story.pdf.feedback"));
        html.p(text("story.pdf.feedbackText", s.feedbackItems()));
        String chart = SentimentChart.dataUri(s.sentiment());
        if (chart == null) {
            html.hint(text("story.pdf.noFeedback"));
            return;
        }
        html.raw("<img class=\"chart\" src=\"" + chart + "\" alt=\"" + Html.esc(text("review.pdf.chart")) + "\"/>");
        html.hint(text("review.pdf.chart"));
        List<List<String>> rows = new ArrayList<>();
        s.sentiment().stream()
                .skip(Math.max(0, s.sentiment().size() - MONTHS))
                .forEach(m -> rows.add(List.of(
                        m.month().toString().substring(0, 7),
                        String.valueOf(m.negative()),
                        String.valueOf(m.mixed()),
                        String.valueOf(m.neutral()),
                        String.valueOf(m.positive()))));
        html.table(
                List.of(
                        text("review.pdf.month"),
                        text("review.pdf.negative"),
                        text("review.pdf.mixed"),
                        text("review.pdf.neutral"),
                        text("review.pdf.positive")),
                rows);
    }

    private static void improvements(Html html, List<Delivered> items) {
        html.h(1, text("story.pdf.improvements"));
        if (items.isEmpty()) {
            html.hint(text("story.pdf.noImprovements"));
            return;
        }
        html.p(text("story.pdf.improvementsText", items.size()));
        List<List<String>> rows = new ArrayList<>();
        items.stream()
                .limit(ROWS)
                .forEach(d -> rows.add(List.of(
                        d.number(),
                        d.title(),
                        d.kpi(),
                        date(d.delivered()),
                        number(d.before()),
                        number(d.after()),
                        d.lower() == null ? "" : number(d.lower()) + " – " + number(d.upper()),
                        d.verdict() == null ? "" : d.verdict())));
        html.table(
                List.of(
                        "#",
                        text("review.pdf.title"),
                        "KPI",
                        text("review.pdf.delivered"),
                        text("review.pdf.before"),
                        text("review.pdf.after"),
                        text("story.pdf.differenceInterval"),
                        text("review.pdf.verdict")),
                rows);
        more(html, items.size());
    }

    private static void tiers(Html html, SupportStory s) {
        html.h(1, text("story.pdf.tiers"));
        List<TierShift> tiers = s.tiers();
        String chart = StoryCharts.tiers(tiers);
        if (chart == null) {
            html.hint(text("story.pdf.noTiers"));
        } else {
            html.p(text("story.pdf.tiersText"));
            // a change against a period without tiered items is no shift, only the start of counting
            boolean comparable = tiers.stream().anyMatch(t -> t.earlier() > 0)
                    && tiers.stream().anyMatch(t -> t.now() > 0);
            List<List<String>> rows = new ArrayList<>();
            for (TierShift t : tiers) {
                rows.add(List.of(
                        t.tier(),
                        String.valueOf(t.earlier()),
                        percent(t.earlierShare()),
                        String.valueOf(t.now()),
                        percent(t.nowShare()),
                        comparable
                                ? String.format(Locale.ROOT, "%+.0f", (t.nowShare() - t.earlierShare()) * 100)
                                : "–"));
            }
            html.table(
                    List.of(
                            text("story.pdf.tier"),
                            text("story.pdf.earlierItems"),
                            text("story.pdf.earlierShare"),
                            text("story.pdf.nowItems"),
                            text("story.pdf.nowShare"),
                            text("story.pdf.change")),
                    rows);
            if (!comparable) {
                html.hint(text("story.pdf.tiersIncomparable"));
            }
            html.raw("<img class=\"chart\" style=\"width:55%\" src=\"" + chart + "\" alt=\""
                    + Html.esc(text("story.pdf.tiersChart")) + "\"/>");
            html.hint(text("story.pdf.tiersChart"));
        }
        html.h(2, text("story.pdf.tierTargets"));
        List<List<String>> rows = new ArrayList<>();
        for (TierLine t : s.serviceLevelTiers().stream().limit(6).toList()) {
            rows.add(List.of(
                    t.agreement(),
                    t.month(),
                    "L" + t.level(),
                    number(t.measured()),
                    number(t.targetValue()),
                    t.compliance() == null ? "" : t.compliance()));
        }
        if (rows.isEmpty()) {
            html.hint(text("story.pdf.noTierTargets"));
        } else {
            html.table(
                    List.of(
                            text("review.pdf.agreement"),
                            text("review.pdf.month"),
                            text("review.pdf.level"),
                            text("review.pdf.measured"),
                            text("review.pdf.target"),
                            text("review.pdf.compliance")),
                    rows);
        }
    }

    private static void surveyTrend(Html html, List<MonthScores> months) {
        html.h(1, text("story.pdf.surveys"));
        if (months.isEmpty()) {
            html.hint(text("story.pdf.noSurveys"));
            return;
        }
        List<MonthScores> shown = months.subList(Math.max(0, months.size() - MONTHS), months.size());
        String chart = StoryCharts.scores(shown.stream().map(MonthScores::csat).toList(), 0, 100);
        if (chart != null) {
            html.raw("<img class=\"chart\" style=\"width:60%\" src=\"" + chart + "\" alt=\""
                    + Html.esc(text("story.pdf.csatChart")) + "\"/>");
            html.hint(text("story.pdf.csatChart"));
        }
        List<List<String>> rows = new ArrayList<>();
        shown.forEach(m -> rows.add(
                List.of(m.month(), String.valueOf(m.responses()), figure(m.csat()), figure(m.nps()), figure(m.ces()))));
        html.table(List.of(text("review.pdf.month"), text("review.pdf.responses"), "CSAT %", "NPS", "CES"), rows);
    }

    private static void surveyByUnit(Html html, SupportStory s) {
        html.h(1, text("story.pdf.surveysByUnit"));
        if (s.surveyByUnit().isEmpty()) {
            html.hint(text("story.pdf.noSurveys"));
            return;
        }
        html.p(text("story.pdf.intervals"));
        List<List<String>> rows = new ArrayList<>();
        s.surveyByUnit().stream()
                .limit(ROWS)
                .forEach(u -> rows.add(List.of(
                        u.unit(), String.valueOf(u.responses()), figure(u.csat()), figure(u.nps()), figure(u.ces()))));
        html.table(List.of(text("review.pdf.unit"), text("review.pdf.responses"), "CSAT %", "NPS", "CES"), rows);
        more(html, s.surveyByUnit().size());
    }

    /** A score with its 95% interval, or a dash. */
    static String figure(Figure f) {
        if (f == null || f.value() == null) {
            return "–";
        }
        return f.low() == null
                ? number(f.value())
                : number(f.value()) + " (" + number(f.low()) + "–" + number(f.high()) + ")";
    }

    private static void testimonials(Html html, SupportStory s) {
        html.h(1, text("story.pdf.testimonials"));
        if (s.testimonials().isEmpty()) {
            html.hint(text("story.pdf.noTestimonials"));
        }
        s.testimonials().forEach(t -> {
            html.quote(t.text());
            html.hint("— " + t.attribution() + (t.received() == null ? "" : ", " + date(t.received())));
        });
        html.raw("<p class=\"footer\">" + Html.esc(text("story.pdf.anonymised")) + "</p>");
    }

    private static void serviceLevels(Html html, SupportStory s) {
        html.h(1, text("story.pdf.serviceLevels"));
        List<ServiceLevelLine> lines = s.serviceLevels();
        if (lines.isEmpty()) {
            html.hint(s.serviceLevelNote() == null ? text("story.pdf.noServiceLevels") : s.serviceLevelNote());
            return;
        }
        long compliant =
                lines.stream().filter(l -> "COMPLIANT".equals(l.compliance())).count();
        long months = lines.stream().mapToLong(l -> l.trend().size()).sum();
        long breached = lines.stream().mapToLong(ServiceLevelLine::breaches).sum();
        html.p(text("story.pdf.serviceLevelsText", lines.size(), compliant, months - breached, months));
        List<List<String>> rows = new ArrayList<>();
        lines.stream()
                .limit(ROWS)
                .forEach(l -> rows.add(List.of(
                        l.agreement(),
                        l.service() == null ? "" : l.service(),
                        l.target(),
                        number(l.targetValue()),
                        number(l.measured()),
                        l.compliance(),
                        l.trend().size() - l.breaches() + " / " + l.trend().size())));
        html.table(
                List.of(
                        text("review.pdf.agreement"),
                        text("review.pdf.service"),
                        text("review.pdf.target"),
                        text("story.pdf.targetValue"),
                        text("story.pdf.latest"),
                        text("review.pdf.compliance"),
                        text("story.pdf.monthsMet")),
                rows);
        more(html, lines.size());
    }

    private static void method(Html html, SupportStory s) {
        html.h(1, text("story.pdf.method"));
        for (String key : List.of(
                "story.pdf.methodPeriod",
                "story.pdf.methodBreadth",
                "story.pdf.methodTiers",
                "story.pdf.methodSurveys",
                "story.pdf.methodImprovements",
                "story.pdf.methodServiceLevels",
                "story.pdf.anonymised")) {
            html.p(text(key, date(s.earlierFrom()), date(s.from().minusDays(1))));
        }
        html.raw("<p class=\"footer\">" + Html.esc(text("story.pdf.generated", Html.dateTime(s.generatedAt())))
                + "</p>");
    }
}
