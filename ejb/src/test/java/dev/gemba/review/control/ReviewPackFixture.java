package dev.gemba.review.control;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.gemba.review.boundary.AgendaPoint;
import dev.gemba.review.boundary.ReviewDetails;
import dev.gemba.review.boundary.ReviewPack;
import dev.gemba.review.boundary.ReviewPack.ActionLine;
import dev.gemba.review.boundary.ReviewPack.FeedbackFigures;
import dev.gemba.review.boundary.ReviewPack.Figure;
import dev.gemba.review.boundary.ReviewPack.FindingLine;
import dev.gemba.review.boundary.ReviewPack.GapLine;
import dev.gemba.review.boundary.ReviewPack.ImprovementLine;
import dev.gemba.review.boundary.ReviewPack.MonthScores;
import dev.gemba.review.boundary.ReviewPack.SentimentMonth;
import dev.gemba.review.boundary.ReviewPack.ServiceLevelLine;
import dev.gemba.review.boundary.ReviewPack.ServiceLevels;
import dev.gemba.review.boundary.ReviewPack.SurveyFigures;
import dev.gemba.review.boundary.ReviewPack.TopicLine;
import dev.gemba.review.entity.PackSection;
import dev.gemba.review.entity.ReviewStatus;

/** A pack and review for the unit "Münchner Werke" with a figure in every section. */
final class ReviewPackFixture {

    private ReviewPackFixture() {}

    static ReviewPack pack() {
        return new ReviewPack(
                Instant.parse("2026-11-02T08:00:00Z"),
                7,
                "Münchner Werke",
                null,
                null,
                LocalDate.parse("2026-10-01"),
                LocalDate.parse("2026-10-31"),
                List.of(new ActionLine(
                        11, "Drucker im Büro prüfen", "rm", LocalDate.parse("2026-10-15"), "OPEN", true)),
                new ServiceLevels(
                        List.of(new ServiceLevelLine(
                                "ERP availability",
                                "SLA",
                                "ERP",
                                "availability %",
                                99.5,
                                98.7,
                                "BREACHED",
                                1,
                                List.of("COMPLIANT", "BREACHED"))),
                        List.of(new ReviewPack.TierLine(
                                "OLA-7 Service Desk", "2026-10", 1, 77.5, 77.5, 80.0, "AT_RISK")),
                        null),
                new SurveyFigures(
                        42,
                        new Figure(40, 87.5, 74.4, 94.5),
                        new Figure(38, 21.1, -5.0, 47.0),
                        Figure.NONE,
                        List.of(new MonthScores(
                                "2026-10", 42, new Figure(40, 87.5, 74.4, 94.5), Figure.NONE, Figure.NONE))),
                new FeedbackFigures(
                        30,
                        List.of(new SentimentMonth(LocalDate.parse("2026-10-01"), 12, 8, 9, 1)),
                        List.of(new TopicLine(
                                "network-connectivity", 14, 0.64, List.of("Das WLAN in Halle 3 fällt täglich aus.")))),
                List.of(new FindingLine(
                        5, "WLAN-Ausfälle in Halle 3", "OPEN", null, Instant.parse("2026-10-20T10:00:00Z"))),
                List.of(new ImprovementLine(
                        3,
                        "CSI-0003",
                        "Access points erneuern",
                        "IN_PROGRESS",
                        "desk",
                        LocalDate.parse("2026-12-01"),
                        null,
                        64.0,
                        null,
                        null,
                        null)),
                List.of(new ImprovementLine(
                        1,
                        "CSI-0001",
                        "VPN reconnect guide",
                        "CLOSED",
                        "desk",
                        null,
                        Instant.parse("2026-09-01T00:00:00Z"),
                        66.7,
                        25.0,
                        "IMPROVED",
                        "The VPN drops every few minutes.")),
                List.of(new GapLine("STRATEGY", "NO_TOUCHPOINT", 0, List.of("Business goals"))));
    }

    static ReviewDetails review() {
        var agenda = new java.util.ArrayList<AgendaPoint>();
        long id = 1;
        for (PackSection s : PackSection.values()) {
            agenda.add(new AgendaPoint(id++, s, "Punkt " + s.name(), null));
        }
        agenda.add(new AgendaPoint(id, null, "Verschiedenes", "Grüße an das Werk"));
        return new ReviewDetails(
                9,
                "Service-Review Münchner Werke Oktober",
                7,
                "Münchner Werke",
                null,
                null,
                Instant.parse("2026-11-05T09:00:00Z"),
                LocalDate.parse("2026-10-01"),
                LocalDate.parse("2026-10-31"),
                ReviewStatus.PUBLISHED,
                100L,
                List.of("rm"),
                List.of("Jürgen Groß"),
                agenda,
                List.of(),
                List.of(),
                Instant.parse("2026-11-02T08:00:00Z"),
                "rm",
                null,
                "rm",
                true,
                1);
    }
}
