package dev.gemba.review.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import dev.gemba.feedback.insight.Granularity;
import dev.gemba.feedback.insight.InsightService;
import dev.gemba.feedback.insight.Insights;
import dev.gemba.finding.boundary.FindingQuery;
import dev.gemba.finding.boundary.FindingService;
import dev.gemba.finding.boundary.FindingSummary;
import dev.gemba.improvement.boundary.ImprovementOutcome;
import dev.gemba.improvement.boundary.ImprovementQuery;
import dev.gemba.improvement.boundary.ImprovementService;
import dev.gemba.improvement.boundary.ImprovementSummary;
import dev.gemba.improvement.entity.ImprovementStatus;
import dev.gemba.platform.boundary.PageRequest;
import dev.gemba.review.boundary.ReviewPack;
import dev.gemba.review.boundary.ReviewPack.ActionLine;
import dev.gemba.review.boundary.ReviewPack.FeedbackFigures;
import dev.gemba.review.boundary.ReviewPack.FindingLine;
import dev.gemba.review.boundary.ReviewPack.GapLine;
import dev.gemba.review.boundary.ReviewPack.ImprovementLine;
import dev.gemba.review.boundary.ReviewPack.SentimentMonth;
import dev.gemba.review.boundary.ReviewPack.TopicLine;
import dev.gemba.review.entity.ServiceReview;
import dev.gemba.touchpoint.boundary.CoverageDimension;
import dev.gemba.touchpoint.boundary.CoverageService;
import dev.gemba.touchpoint.boundary.TouchpointService;
import dev.gemba.touchpoint.entity.FollowUpStatus;

/**
 * Generates a review's pack from what the other features know, through their boundaries, as of the
 * review's period: figures from the period's first day to the end of its last day (UTC).
 */
@Dependent
public class PackAssembler {

    static final int TOPICS = 5;
    static final int PAGE = 200;

    @EJB
    TouchpointService touchpoints;

    @EJB
    CoverageService coverage;

    @EJB
    InsightService insights;

    @EJB
    FindingService findings;

    @EJB
    ImprovementService improvements;

    @Inject
    SurveyFiguresReader surveys;

    @Inject
    ServiceLevelReader serviceLevels;

    /**
     * @param previous the unit's review before this one, or null
     */
    public ReviewPack assemble(ServiceReview review, ServiceReview previous, Instant now) {
        Long unitId = review.getBusinessUnit().getId();
        Long serviceId =
                review.getService() == null ? null : review.getService().getId();
        Instant from = start(review.getPeriodFrom());
        Instant to = start(review.getPeriodTo().plusDays(1));
        Instant findingsSince = previous == null ? from : previous.getScheduledAt();
        List<ImprovementLine> items = improvements(unitId, serviceId, to);
        return new ReviewPack(
                now,
                unitId,
                review.getBusinessUnit().getName(),
                serviceId,
                review.getService() == null ? null : review.getService().getName(),
                review.getPeriodFrom(),
                review.getPeriodTo(),
                openActions(previous),
                serviceLevels.read(
                        review.getBusinessUnit(), review.getService(), review.getPeriodFrom(), review.getPeriodTo()),
                surveys.read(unitId, serviceId, from, to),
                feedback(unitId, serviceId, from, to),
                findings(unitId, serviceId, findingsSince, to),
                items,
                items.stream()
                        .filter(i -> ImprovementStatus.valueOf(i.status()).delivered())
                        .toList(),
                gaps(unitId, from, to));
    }

    static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private List<ActionLine> openActions(ServiceReview previous) {
        if (previous == null || previous.getTouchpointId() == null) {
            return List.of();
        }
        return touchpoints.get(previous.getTouchpointId()).followUps().stream()
                .filter(f -> f.status() == FollowUpStatus.OPEN)
                .map(f -> new ActionLine(
                        f.id(), f.text(), f.owner(), f.dueDate(), f.status().name(), f.overdue()))
                .toList();
    }

    private FeedbackFigures feedback(Long unitId, Long serviceId, Instant from, Instant to) {
        Insights found = insights.topTopics(serviceId, unitId, from, to, Granularity.MONTH, TOPICS);
        var months = found.sentimentOverTime().stream()
                .map(b -> new SentimentMonth(
                        b.start().atOffset(ZoneOffset.UTC).toLocalDate(),
                        b.negative(),
                        b.neutral(),
                        b.positive(),
                        b.mixed()))
                .toList();
        var topics = found.topTopics().stream()
                .limit(TOPICS)
                .map(t -> new TopicLine(
                        t.topic(),
                        t.count(),
                        t.negativeShare(),
                        t.verbatims().stream().map(Insights.Verbatim::text).toList()))
                .toList();
        return new FeedbackFigures(found.analysed(), months, topics);
    }

    private List<FindingLine> findings(Long unitId, Long serviceId, Instant since, Instant to) {
        return findings
                .search(new FindingQuery(serviceId, unitId, null, null), new PageRequest(0, PAGE, null, false))
                .items()
                .stream()
                .filter(f -> !f.createdAt().isBefore(since) && f.createdAt().isBefore(to))
                .map(PackAssembler::line)
                .toList();
    }

    private static FindingLine line(FindingSummary f) {
        return new FindingLine(f.id(), f.title(), f.status().name(), f.serviceName(), f.createdAt());
    }

    private List<ImprovementLine> improvements(Long unitId, Long serviceId, Instant to) {
        var query = new ImprovementQuery(null, null, null, serviceId, unitId, null);
        List<ImprovementLine> lines = new ArrayList<>();
        for (ImprovementSummary s : improvements
                .search(query, new PageRequest(0, PAGE, "number", false))
                .items()) {
            if (s.status() == ImprovementStatus.REJECTED) {
                continue;
            }
            if (s.deliveredAt() != null && !s.deliveredAt().isBefore(to)) {
                continue; // delivered after the period: the pack shows it as it stood then, next time
            }
            Double before = s.baselineValue();
            Double after = null;
            String verdict = null;
            String said = null;
            if (s.status().delivered()) {
                ImprovementOutcome outcome = improvements.outcome(s.id(), false);
                before = outcome.before() == null ? before : outcome.before().value();
                after = outcome.after() == null ? null : outcome.after().value();
                verdict = outcome.verdict() == null ? null : outcome.verdict().name();
                said = customerSaid(s.id());
            }
            lines.add(new ImprovementLine(
                    s.id(),
                    s.number(),
                    s.title(),
                    s.status().name(),
                    s.owner(),
                    s.targetDate(),
                    s.deliveredAt(),
                    before,
                    after,
                    verdict,
                    said));
        }
        return lines;
    }

    /** The first verbatim of the first linked finding with one. */
    private String customerSaid(long itemId) {
        for (var link : improvements.findings(itemId)) {
            var verbatims = findings.verbatims(link.findingId());
            if (!verbatims.isEmpty()) {
                return verbatims.get(0).text();
            }
        }
        return null;
    }

    private List<GapLine> gaps(Long unitId, Instant from, Instant to) {
        var matrix = coverage.coverageOf(CoverageDimension.BUSINESS_UNIT, unitId, from, to, null);
        return matrix.rows().stream()
                .filter(r -> r.id() == unitId)
                .flatMap(r -> r.cells().stream())
                .filter(c -> c.gap() != null || !c.missingInformation().isEmpty())
                .map(c -> new GapLine(
                        c.phase().name(),
                        c.gap() == null ? null : c.gap().name(),
                        c.touchpoints(),
                        c.missingInformation()))
                .toList();
    }
}
