package dev.gemba.finding.boundary;

import static dev.gemba.finding.control.SuggestionDetector.BASE_DAYS;
import static dev.gemba.finding.control.SuggestionDetector.RECENT_DAYS;
import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.gemba.platform.boundary.CallerLocale;

/**
 * A suggestion's headline and statement in the caller's language, from the {@code suggestion.*}
 * texts of the service message bundle; numbers and dates are written as that language writes them.
 */
final class SuggestionWording {

    private static final String PHASE = "suggestion.phase.";

    private SuggestionWording() {}

    static String headline(SuggestionSummary s) {
        boolean share = "NEGATIVE_SHARE".equals(s.measure());
        return switch (s.kind()) {
            case CHANGE_IMPACT -> share
                    ? text(
                            "suggestion.change.share",
                            change(s),
                            date(s),
                            s.scope(),
                            pct(s.baseNegativeShare()),
                            pct(s.recentNegativeShare()),
                            rate(s.recentPerWeek()),
                            rate(s.basePerWeek()))
                    : text(
                            "suggestion.change.volume",
                            change(s),
                            date(s),
                            s.scope(),
                            rate(s.basePerWeek()),
                            rate(s.recentPerWeek()),
                            pct(s.recentNegativeShare()));
            case SCORE_DROP -> "NPS".equals(s.measure())
                    ? text("suggestion.nps", s.scope(), pct(s.baseNegativeShare()), pct(s.recentNegativeShare()))
                    : text(
                            "suggestion.csat",
                            s.scope(),
                            pct(100 - s.baseNegativeShare()),
                            pct(100 - s.recentNegativeShare()));
            case COVERAGE_GAP -> text(
                    "suggestion.coverage",
                    s.scope(),
                    phases(s.gapPhases()),
                    s.staleDays(),
                    pct(s.recentNegativeShare()),
                    RECENT_DAYS,
                    pct(s.baseNegativeShare()));
            case TOPIC_TREND -> share
                    ? text(
                            "suggestion.share",
                            s.topic(),
                            s.scope(),
                            pct(s.baseNegativeShare()),
                            pct(s.recentNegativeShare()))
                    : text("suggestion.volume", s.topic(), s.scope(), rate(s.basePerWeek()), rate(s.recentPerWeek()));
        };
    }

    static String statement(SuggestionSummary s) {
        String p = sig(s.p());
        String q = sig(s.q());
        String detail =
                switch (s.kind()) {
                    case SCORE_DROP -> {
                        String bad =
                                text("NPS".equals(s.measure()) ? "suggestion.detractors" : "suggestion.unsatisfied");
                        yield text(
                                "suggestion.detail.score",
                                RECENT_DAYS,
                                s.recentTotal(),
                                s.recentNegative(),
                                bad,
                                BASE_DAYS,
                                s.baseTotal(),
                                s.baseNegative(),
                                p,
                                q);
                    }
                    case CHANGE_IMPACT -> text(
                            "suggestion.detail.change",
                            days(Duration.between(s.recentFrom(), s.recentTo())),
                            s.recentTotal(),
                            s.recentNegative(),
                            days(Duration.between(s.baseFrom(), s.recentFrom())),
                            s.baseTotal(),
                            s.baseNegative(),
                            p,
                            q);
                    case COVERAGE_GAP -> text(
                            "suggestion.detail.coverage",
                            RECENT_DAYS,
                            s.recentTotal(),
                            s.recentNegative(),
                            s.baseTotal(),
                            s.baseNegative(),
                            p,
                            q);
                    case TOPIC_TREND -> text(
                            "suggestion.detail.trend",
                            RECENT_DAYS,
                            s.recentTotal(),
                            s.recentNegative(),
                            BASE_DAYS,
                            s.baseTotal(),
                            s.baseNegative(),
                            p,
                            q);
                };
        return headline(s) + " (" + detail + ").";
    }

    /** "Strategy, Design or CSI": the phases' names in the caller's language. */
    private static String phases(String phases) {
        if (phases == null || phases.isBlank()) {
            return "";
        }
        List<String> names = Arrays.stream(phases.split(","))
                .map(phase -> text(PHASE + phase.strip()))
                .toList();
        String last = names.get(names.size() - 1);
        return names.size() == 1
                ? last
                : String.join(", ", names.subList(0, names.size() - 1)) + " " + text("suggestion.or") + " " + last;
    }

    private static String change(SuggestionSummary s) {
        return s.change() == null ? text("suggestion.change.unknown") : s.change();
    }

    /** ISO in English (2026-03-03), the language's own date otherwise (03.03.2026). */
    private static String date(SuggestionSummary s) {
        var day = s.recentFrom().atOffset(ZoneOffset.UTC).toLocalDate();
        Locale locale = CallerLocale.current();
        return "en".equals(locale.getLanguage())
                ? day.toString()
                : day.format(
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale));
    }

    private static long days(Duration d) {
        return Math.round(d.toHours() / 24.0);
    }

    private static String pct(double value) {
        return String.format(CallerLocale.current(), "%.0f", value);
    }

    private static String rate(double value) {
        return String.format(CallerLocale.current(), "%.1f", value);
    }

    private static String sig(double value) {
        return String.format(CallerLocale.current(), "%.2g", value);
    }
}
