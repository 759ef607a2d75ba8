package dev.gemba.touchpoint.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.TimeZone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * How times are shown on every page (touchpoints, the feedback inbox, the survey page): in the
 * server's time zone (set by its operators), formatted here because Faces' date converter cannot
 * format an Instant with a pattern.
 */
@Named
@ApplicationScoped
public class DisplayZone {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(TouchpointEntryView.ZONE);
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(TouchpointEntryView.ZONE);

    public TimeZone getTimeZone() {
        return TimeZone.getTimeZone(TouchpointEntryView.ZONE);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    public String joined(List<String> names) {
        return names == null ? "" : String.join(", ", names);
    }
}
