package dev.gemba.feedback.insight;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import dev.gemba.analysis.entity.Sentiment;
import dev.gemba.feedback.insight.Insights.SentimentBucket;
import dev.gemba.feedback.insight.Insights.TopicInsight;
import dev.gemba.feedback.insight.Insights.Verbatim;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.control.SqlValues;
import dev.gemba.security.entity.Role;

/**
 * Sentiment over time and top topics with verbatims, per service and business unit. Aggregated in
 * the database (native SQL that PostgreSQL and H2 both run; sentiment by UTC day), so the cost does not
 * grow with what is loaded into memory.
 */
@Stateless
@RolesAllowed(Role.PERSON_NAME)
public class InsightService {

    static final int TOPICS = 8;
    static final int VERBATIMS = 3;
    static final int MIN_TOPIC_VOLUME = 3;
    static final int VERBATIM_LENGTH = 400;

    /** The longest series filled with empty periods: ten years of weeks. */
    static final int MAX_PERIODS = 530;

    /** A person's correction, else the model's label (a stored column, so indexes can cover it). */
    private static final String EFFECTIVE = "f.effective_sentiment";

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    /**
     * @param from null: a year before {@code to}
     * @param to null: now
     */
    public Insights insights(Long serviceId, Long businessUnitId, Instant from, Instant to, Granularity granularity) {
        return insights(serviceId, businessUnitId, from, to, granularity, TOPICS, true);
    }

    /**
     * Sentiment over time and only the {@code topics} most frequent topics with their verbatims, for
     * a summary that shows no more (a review pack): the most negative topics are left empty, which
     * saves their verbatims' queries.
     */
    public Insights topTopics(
            Long serviceId, Long businessUnitId, Instant from, Instant to, Granularity granularity, int topics) {
        return insights(serviceId, businessUnitId, from, to, granularity, Math.min(topics, TOPICS), false);
    }

    private Insights insights(
            Long serviceId,
            Long businessUnitId,
            Instant from,
            Instant to,
            Granularity granularity,
            int byVolumeTopics,
            boolean mostNegative) {
        Instant end = to == null ? Instant.now() : to;
        Instant start =
                from == null ? end.atOffset(ZoneOffset.UTC).minusYears(1).toInstant() : from;
        if (!start.isBefore(end)) {
            throw new InvalidInputException("from", text("range.from-after-to"));
        }
        Granularity size = granularity == null ? Granularity.MONTH : granularity;
        Scope scope = new Scope(serviceId, businessUnitId, start, end);
        List<SentimentBucket> series = series(scope, size);
        List<TopicInsight> topics = topics(scope);
        List<TopicInsight> byVolume = topics.stream()
                .limit(byVolumeTopics)
                .map(t -> withVerbatims(scope, t))
                .toList();
        List<TopicInsight> byNegativeShare = !mostNegative
                ? List.of()
                : topics.stream()
                        .filter(t -> t.count() >= MIN_TOPIC_VOLUME)
                        .sorted(Comparator.comparingDouble(TopicInsight::negativeShare)
                                .reversed()
                                .thenComparing(Comparator.comparingLong(TopicInsight::count)
                                        .reversed()))
                        .limit(TOPICS)
                        .map(t -> withVerbatims(scope, t))
                        .toList();
        long analysed = series.stream().mapToLong(SentimentBucket::total).sum();
        return new Insights(start, end, size, analysed, series, byVolume, byNegativeShare, MIN_TOPIC_VOLUME);
    }

    /** The filter every query shares. */
    private record Scope(Long serviceId, Long businessUnitId, Instant from, Instant to) {

        String join() {
            return serviceId == null
                    ? ""
                    : " join feedback_service fs on fs.feedback_id = f.id and fs.service_id = :service";
        }

        String where() {
            return " where f.analysis_status = 'ANALYSED' and f.received_at >= :from and f.received_at < :to"
                    + (businessUnitId == null ? "" : " and f.business_unit_id = :unit");
        }

        Query bind(Query query) {
            query.setParameter("from", from).setParameter("to", to);
            if (serviceId != null) {
                query.setParameter("service", serviceId);
            }
            if (businessUnitId != null) {
                query.setParameter("unit", businessUnitId);
            }
            return query;
        }
    }

    private List<SentimentBucket> series(Scope scope, Granularity size) {
        // counted per UTC day in the database, then summed into weeks and months here: date_trunc
        // starts weeks on Sunday in H2 and on Monday in PostgreSQL, and truncates in the session's zone
        String bucket = "cast(floor(extract(epoch from f.received_at) / 86400) as bigint)";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scope.bind(em.createNativeQuery("select " + bucket + ", " + EFFECTIVE + ", count(*)"
                        + " from feedback f" + scope.join() + scope.where()
                        + " group by " + bucket + ", " + EFFECTIVE + " order by " + bucket))
                .getResultList();
        Map<Instant, long[]> buckets = new TreeMap<>();
        for (Object[] row : rows) {
            LocalDate day = LocalDate.ofEpochDay(((Number) row[0]).longValue());
            long[] counts = buckets.computeIfAbsent(startOf(day, size), k -> new long[4]);
            counts[Sentiment.valueOf((String) row[1]).ordinal()] += ((Number) row[2]).longValue();
        }
        // a period without feedback is an empty bar, not a gap closed up by its neighbours
        emptyPeriods(scope.from(), scope.to(), size, buckets).forEach(p -> buckets.putIfAbsent(p, new long[4]));
        List<SentimentBucket> series = new ArrayList<>();
        buckets.forEach((start, c) -> series.add(new SentimentBucket(
                start,
                c[Sentiment.NEGATIVE.ordinal()],
                c[Sentiment.NEUTRAL.ordinal()],
                c[Sentiment.POSITIVE.ordinal()],
                c[Sentiment.MIXED.ordinal()])));
        return series;
    }

    /** The first instant (UTC) of the week (from Monday) or month holding the day. */
    static Instant startOf(LocalDate day, Granularity size) {
        LocalDate start = size == Granularity.WEEK
                ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                : day.withDayOfMonth(1);
        return start.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /**
     * Every period start of the range; for a range of more than {@link #MAX_PERIODS} periods only
     * those between the first and the last period with feedback, so a century-wide range stays cheap.
     */
    static List<Instant> emptyPeriods(Instant from, Instant to, Granularity size, Map<Instant, long[]> filled) {
        List<Instant> all = periods(startOf(from.atOffset(ZoneOffset.UTC).toLocalDate(), size), to, size);
        if (all.size() <= MAX_PERIODS || filled.isEmpty()) {
            return all.size() <= MAX_PERIODS ? all : List.of();
        }
        var data = new TreeMap<>(filled);
        List<Instant> between = periods(data.firstKey(), data.lastKey().plusSeconds(1), size);
        return between.size() <= MAX_PERIODS ? between : List.of();
    }

    private static List<Instant> periods(Instant first, Instant end, Granularity size) {
        List<Instant> periods = new ArrayList<>();
        LocalDate day = first.atOffset(ZoneOffset.UTC).toLocalDate();
        for (Instant p = first; p.isBefore(end) && periods.size() <= MAX_PERIODS; ) {
            periods.add(p);
            day = size == Granularity.WEEK ? day.plusWeeks(1) : day.plusMonths(1);
            p = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        return periods;
    }

    /** Every topic in scope, most frequent first. */
    private List<TopicInsight> topics(Scope scope) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scope.bind(em.createNativeQuery("select t.topic, count(*),"
                        + " sum(case when " + EFFECTIVE + " = 'NEGATIVE' then 1 else 0 end)"
                        + " from feedback_topic t join feedback f on f.id = t.feedback_id" + scope.join()
                        + scope.where() + " group by t.topic order by count(*) desc, t.topic"))
                .getResultList();
        return rows.stream()
                .map(r -> {
                    long count = ((Number) r[1]).longValue();
                    long negative = ((Number) r[2]).longValue();
                    return new TopicInsight((String) r[0], count, negative, (double) negative / count, List.of());
                })
                .toList();
    }

    /** The most strongly worded comments of the topic's prevailing tone. */
    private TopicInsight withVerbatims(Scope scope, TopicInsight topic) {
        boolean negative = topic.negativeShare() >= 0.5;
        String direction = negative ? " asc" : " desc";
        // the candidates first, from the indexes alone where they cover the scope; then the texts of
        // those few items only, rather than reading every item of the topic in scope
        @SuppressWarnings("unchecked")
        List<Object[]> rows = scope.bind(em.createNativeQuery("select v.id, v.text, v.effective_sentiment,"
                        + " v.sentiment_score, v.received_at from feedback v where v.id in (select f.id"
                        + " from feedback f join feedback_topic t on t.feedback_id = f.id and t.topic = :topic"
                        + scope.join() + scope.where() + " order by f.sentiment_score" + direction + ", f.id desc"
                        + " fetch first " + VERBATIMS * 5 + " rows only) order by v.sentiment_score" + direction
                        + ", v.id desc"))
                .setParameter("topic", topic.topic())
                .getResultList();
        // the same comment sent many times (a template, a repeated survey answer) is one verbatim
        Set<String> seen = new HashSet<>();
        List<Verbatim> verbatims = rows.stream()
                .filter(r ->
                        seen.add(((String) r[1]).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)))
                .limit(VERBATIMS)
                .map(r -> new Verbatim(
                        ((Number) r[0]).longValue(),
                        shorten((String) r[1]),
                        r[2] == null ? null : Sentiment.valueOf((String) r[2]),
                        r[3] == null ? null : ((Number) r[3]).doubleValue(),
                        SqlValues.instant(r[4])))
                .toList();
        return new TopicInsight(topic.topic(), topic.count(), topic.negative(), topic.negativeShare(), verbatims);
    }

    private static String shorten(String text) {
        return text.length() <= VERBATIM_LENGTH ? text : text.substring(0, VERBATIM_LENGTH - 1) + "…";
    }
}
