package dev.gemba.platform.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * How dates and times are written for people, on every page, in mails and in skip reasons: one
 * format per language (English ISO-like 2026-12-20 14:30, German 20.12.2026 14:30), in the
 * display zone, the server's time zone that its operators set. Machines (REST, files) get ISO 8601.
 * Thread-safe: formatters are immutable.
 */
public final class DisplayTime {

    private static final String DATE_EN = "yyyy-MM-dd";
    private static final String DATE_DE = "dd.MM.yyyy";
    private static final String TIME = "HH:mm";

    private DisplayTime() {}

    /** The zone pages and mails show times in. */
    public static ZoneId zone() {
        return ZoneId.systemDefault();
    }

    /** The instants a range of whole days covers, each end open when its day is absent. */
    public record Span(Instant start, Instant end) {}

    /**
     * The span from the start of {@code from} to the start of the day after {@code to}, both days
     * read in the display zone: the one conversion of a page's date range into instants.
     */
    public static Span days(LocalDate from, LocalDate to) {
        return new Span(
                from == null ? null : from.atStartOfDay(zone()).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone()).toInstant());
    }

    /** Today in the display zone. */
    public static LocalDate today() {
        return LocalDate.now(zone());
    }

    /** The date pattern of the language (also for date pickers). */
    public static String datePattern(Locale locale) {
        return german(locale) ? DATE_DE : DATE_EN;
    }

    /** The date and time pattern of the language (also for date pickers with a time). */
    public static String dateTimePattern(Locale locale) {
        return datePattern(locale) + " " + TIME;
    }

    /** A date with its time: an Instant in the display zone, a LocalDate or LocalDateTime as it is; "" for null. */
    public static String dateTime(TemporalAccessor value, Locale locale) {
        return format(value, dateTimePattern(locale), locale);
    }

    /** The date alone; "" for null. */
    public static String date(TemporalAccessor value, Locale locale) {
        return format(value, datePattern(locale), locale);
    }

    /** A moment with the zone's name, for readers who may be elsewhere (mails): 20.12.2026 14:30 MEZ. */
    public static String dateTimeWithZone(Instant value, Locale locale) {
        return value == null ? "" : format(value, dateTimePattern(locale) + " z", locale);
    }

    /** A month as its name and year: Dec 2025, Dez. 2025. */
    public static String month(YearMonth month, Locale locale) {
        return month == null
                ? ""
                : DateTimeFormatter.ofPattern("MMM yyyy", language(locale)).format(month);
    }

    /** {@link #dateTime(TemporalAccessor, Locale)} in the caller's language. */
    public static String dateTime(TemporalAccessor value) {
        return dateTime(value, CallerLocale.current());
    }

    private static String format(TemporalAccessor value, String pattern, Locale locale) {
        if (value == null) {
            return "";
        }
        var formatter = DateTimeFormatter.ofPattern(pattern, language(locale));
        TemporalAccessor local = value;
        if (value instanceof Instant instant) {
            local = instant.atZone(zone());
        } else if (value instanceof ZonedDateTime zoned) {
            local = zoned.withZoneSameInstant(zone());
        }
        return formatter.format(local);
    }

    private static boolean german(Locale locale) {
        return locale != null && "de".equals(locale.getLanguage());
    }

    private static Locale language(Locale locale) {
        return german(locale) ? Locale.GERMAN : Locale.ENGLISH;
    }
}
