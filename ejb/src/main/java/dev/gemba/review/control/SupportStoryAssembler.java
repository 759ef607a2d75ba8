package dev.gemba.review.control;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import dev.gemba.catalog.boundary.BusinessUnitDetails;
import dev.gemba.catalog.boundary.BusinessUnitQuery;
import dev.gemba.catalog.boundary.BusinessUnitService;
import dev.gemba.catalog.boundary.ServiceCatalogService;
import dev.gemba.catalog.boundary.ServiceDetails;
import dev.gemba.catalog.boundary.ServiceQuery;
import dev.gemba.catalog.boundary.ServiceRef;
import dev.gemba.feedback.insight.FeedbackReach;
import dev.gemba.feedback.insight.FeedbackReachService;
import dev.gemba.feedback.insight.Granularity;
import dev.gemba.feedback.insight.InsightService;
import dev.gemba.improvement.boundary.ImprovementOutcome;
import dev.gemba.improvement.boundary.ImprovementQuery;
import dev.gemba.improvement.boundary.ImprovementService;
import dev.gemba.improvement.boundary.ImprovementSummary;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.boundary.PageRequest;
import dev.gemba.platform.boundary.RecordNotFoundException;
import dev.gemba.review.boundary.ReviewPack.MonthScores;
import dev.gemba.review.boundary.ReviewPack.SentimentMonth;
import dev.gemba.review.boundary.StoryScope;
import dev.gemba.review.boundary.SupportStory;
import dev.gemba.review.boundary.SupportStory.Breadth;
import dev.gemba.review.boundary.SupportStory.Delivered;
import dev.gemba.review.boundary.SupportStory.ServiceUse;
import dev.gemba.review.boundary.SupportStory.TierShift;
import dev.gemba.review.boundary.SupportStory.UnitScores;
import dev.gemba.survey.boundary.ScoreDimension;
import dev.gemba.survey.boundary.ScoreQuery;
import dev.gemba.survey.boundary.SurveyScoreService;
import dev.gemba.touchpoint.boundary.TouchpointQuery;
import dev.gemba.touchpoint.boundary.TouchpointService;

/**
 * Gathers a support success story's figures through the other features' boundaries: the period
 * (whole UTC days) and the period of the same length just before it, for comparison.
 */
@Dependent
public class SupportStoryAssembler {

    static final int PAGE = 500;
    static final int TESTIMONIALS = 5;

    @EJB
    BusinessUnitService units;

    @EJB
    ServiceCatalogService services;

    @EJB
    FeedbackReachService reach;

    @EJB
    InsightService insights;

    @EJB
    ImprovementService improvements;

    @EJB
    SurveyScoreService scores;

    @EJB
    TouchpointService touchpoints;

    @Inject
    ServiceLevelReader serviceLevels;

    public SupportStory assemble(StoryScope scope, LocalDate from, LocalDate to, Instant now) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        LocalDate earlierFrom = from.minusDays(days);
        Instant start = PackAssembler.start(from);
        Instant end = PackAssembler.start(to.plusDays(1));
        Instant earlierStart = PackAssembler.start(earlierFrom);
        Long unitId = scope.unitId();
        Long serviceId = scope.serviceId();
        String scopeName = name(scope);
        Map<String, List<String>> uses = uses(scope);
        FeedbackReach now0 = reach.reach(serviceId, unitId, start, end, TESTIMONIALS);
        FeedbackReach before = reach.reach(serviceId, unitId, earlierStart, start, 0);
        var periodScores =
                scores.scores(new ScoreQuery(ScoreDimension.BUSINESS_UNIT, start, end, null, serviceId, unitId));
        long answers = periodScores.stream().mapToLong(r -> r.responses()).sum();
        long unitCount = scope.kind() == StoryScope.Kind.UNIT
                ? 1
                : uses.values().stream().flatMap(List::stream).distinct().count();
        var breadth = new Breadth(
                uses.size(),
                unitCount,
                now0.people(),
                answers,
                touchpoints
                        .search(
                                new TouchpointQuery(null, null, serviceId, unitId, null, start, end, null),
                                new PageRequest(0, 1, null, false))
                        .total(),
                uses.entrySet().stream()
                        .map(e -> new ServiceUse(e.getKey(), e.getValue()))
                        .toList());
        var levels = serviceLevels.read(scope, serviceIds(scope), from, to);
        return new SupportStory(
                now,
                scope,
                scopeName,
                from,
                to,
                earlierFrom,
                breadth,
                now0.items(),
                sentiment(serviceId, unitId, start, end),
                delivered(serviceId, unitId, start, end),
                tiers(before, now0),
                levels.tiers(),
                surveyTrend(serviceId, unitId, earlierStart, end),
                periodScores.stream()
                        .filter(r -> r.responses() > 0)
                        .map(r -> new UnitScores(
                                r.label(),
                                r.responses(),
                                SurveyFiguresReader.figure(r.csat()),
                                SurveyFiguresReader.figure(r.nps()),
                                SurveyFiguresReader.figure(r.ces())))
                        .toList(),
                Testimonials.anonymise(now0.positive()),
                levels.lines(),
                levels.note());
    }

    /** The unit's or service's name; a scope naming neither is the caller's mistake in the field "scope". */
    private String name(StoryScope scope) {
        try {
            return switch (scope.kind()) {
                case UNIT -> units.get(scope.id()).name();
                case SERVICE -> services.get(scope.id()).name();
                case ALL -> null;
            };
        } catch (RecordNotFoundException e) {
            throw new InvalidInputException("scope", text("story.scope-unknown", scope));
        }
    }

    /** Each service in scope with the units (in scope) that consume it, by name. */
    private Map<String, List<String>> uses(StoryScope scope) {
        Map<String, List<String>> uses = new TreeMap<>();
        switch (scope.kind()) {
            case UNIT -> {
                BusinessUnitDetails unit = units.get(scope.id());
                unit.services().forEach(s -> uses.put(s.name(), List.of(unit.name())));
            }
            case SERVICE -> uses.put(
                    services.get(scope.id()).name(),
                    units.list(new BusinessUnitQuery(null, null, scope.id()), all("name")).items().stream()
                            .map(BusinessUnitDetails::name)
                            .toList());
            case ALL -> {
                services.list(ServiceQuery.all(), all("name"))
                        .items()
                        .forEach(s -> uses.put(s.name(), new ArrayList<>()));
                for (BusinessUnitDetails unit :
                        units.list(BusinessUnitQuery.all(), all("name")).items()) {
                    for (ServiceRef s : unit.services()) {
                        uses.computeIfAbsent(s.name(), k -> new ArrayList<>()).add(unit.name());
                    }
                }
            }
        }
        return uses;
    }

    private List<Long> serviceIds(StoryScope scope) {
        if (scope.kind() != StoryScope.Kind.ALL) {
            return List.of();
        }
        return services.list(ServiceQuery.all(), all("name")).items().stream()
                .map(ServiceDetails::id)
                .toList();
    }

    private static PageRequest all(String sort) {
        return new PageRequest(0, PAGE, sort, false);
    }

    private List<SentimentMonth> sentiment(Long serviceId, Long unitId, Instant start, Instant end) {
        return insights.insights(serviceId, unitId, start, end, Granularity.MONTH).sentimentOverTime().stream()
                .map(b -> new SentimentMonth(
                        b.start().atOffset(ZoneOffset.UTC).toLocalDate(),
                        b.negative(),
                        b.neutral(),
                        b.positive(),
                        b.mixed()))
                .toList();
    }

    private List<Delivered> delivered(Long serviceId, Long unitId, Instant start, Instant end) {
        List<Delivered> lines = new ArrayList<>();
        var query = new ImprovementQuery(null, null, null, serviceId, unitId, null);
        for (ImprovementSummary s : improvements.search(query, all("number")).items()) {
            if (!s.status().delivered()) {
                continue;
            }
            var item = improvements.get(s.id());
            if (item.deliveredAt() == null
                    || item.deliveredAt().isBefore(start)
                    || !item.deliveredAt().isBefore(end)) {
                continue;
            }
            ImprovementOutcome outcome = improvements.outcome(s.id());
            lines.add(new Delivered(
                    s.number(),
                    s.title(),
                    item.kpiName() == null ? item.kpiKind().name() : item.kpiName(),
                    item.deliveredAt().atOffset(ZoneOffset.UTC).toLocalDate(),
                    outcome.before() == null
                            ? item.baselineValue()
                            : outcome.before().value(),
                    outcome.after() == null
                            ? item.manualCurrentValue()
                            : outcome.after().value(),
                    outcome.lower(),
                    outcome.upper(),
                    outcome.verdict() == null ? null : outcome.verdict().name()));
        }
        return lines;
    }

    static List<TierShift> tiers(FeedbackReach earlier, FeedbackReach now) {
        long earlierAll = earlier.tiers().stream()
                .mapToLong(FeedbackReach.TierCount::items)
                .sum();
        long nowAll =
                now.tiers().stream().mapToLong(FeedbackReach.TierCount::items).sum();
        Map<String, long[]> counts = new LinkedHashMap<>();
        earlier.tiers().forEach(t -> counts.computeIfAbsent(t.tier().name(), k -> new long[2])[0] = t.items());
        now.tiers().forEach(t -> counts.computeIfAbsent(t.tier().name(), k -> new long[2])[1] = t.items());
        List<TierShift> shifts = new ArrayList<>();
        counts.forEach(
                (tier, c) -> shifts.add(new TierShift(tier, c[0], share(c[0], earlierAll), c[1], share(c[1], nowAll))));
        return shifts;
    }

    private static double share(long part, long all) {
        return all == 0 ? 0 : (double) part / all;
    }

    private List<MonthScores> surveyTrend(Long serviceId, Long unitId, Instant start, Instant end) {
        return scores.scores(new ScoreQuery(ScoreDimension.MONTH, start, end, null, serviceId, unitId)).stream()
                .filter(r -> r.responses() > 0)
                .map(r -> new MonthScores(
                        r.key(),
                        r.responses(),
                        SurveyFiguresReader.figure(r.csat()),
                        SurveyFiguresReader.figure(r.nps()),
                        SurveyFiguresReader.figure(r.ces())))
                .toList();
    }
}
