package dev.gemba.platform.web;

import java.time.YearMonth;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.TimeZone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import dev.gemba.platform.boundary.DisplayTime;

/**
 * How every page writes dates and times: {@link DisplayTime}'s one format per language (the
 * page's), in the display zone; date pickers take their patterns from here too. Faces' own date
 * converter cannot format an Instant with a pattern, and one mechanism keeps pages and mails alike.
 */
@Named
@ApplicationScoped
public class DisplayZone {

    public TimeZone getTimeZone() {
        return TimeZone.getTimeZone(DisplayTime.zone());
    }

    /** An Instant, LocalDateTime or LocalDate with its time, in the page's language. */
    public String dateTime(TemporalAccessor value) {
        return DisplayTime.dateTime(value, locale());
    }

    /** The same in a given language, for pages whose language is not the browser's (the survey page). */
    public String dateTime(TemporalAccessor value, Locale locale) {
        return DisplayTime.dateTime(value, locale);
    }

    public String date(TemporalAccessor value) {
        return DisplayTime.date(value, locale());
    }

    /** A month key as the API gives it (2025-12) as a name and year (Dec 2025); other text as it is. */
    public String month(String key) {
        try {
            return DisplayTime.month(YearMonth.parse(key), locale());
        } catch (java.time.format.DateTimeParseException e) {
            return key;
        }
    }

    /** The pattern for date pickers without a time. */
    public String getDatePattern() {
        return DisplayTime.datePattern(locale());
    }

    /** The pattern for date pickers with a time. */
    public String getDateTimePattern() {
        return DisplayTime.dateTimePattern(locale());
    }

    public String joined(java.util.Collection<String> names) {
        return names == null ? "" : String.join(", ", names);
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces == null) {
            return Locale.ENGLISH;
        }
        return faces.getViewRoot() == null
                ? faces.getExternalContext().getRequestLocale()
                : faces.getViewRoot().getLocale();
    }
}
