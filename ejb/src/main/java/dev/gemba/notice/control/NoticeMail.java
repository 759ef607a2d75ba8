package dev.gemba.notice.control;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.util.List;
import java.util.Locale;

import dev.gemba.notice.entity.Notice;
import dev.gemba.platform.boundary.CallerLocale;
import dev.gemba.platform.boundary.DisplayTime;

/** The words of notice mail, in the caller's language (set by the sender to the reader's). */
final class NoticeMail {

    private NoticeMail() {}

    /** "CSI-0001 “VPN …”: delivered on 06.11.2026" */
    static String line(Notice n) {
        Locale locale = CallerLocale.current();
        return text(
                "notice.line", n.getItemNumber(), n.getTitle(), change(n), DisplayTime.date(n.getChangedAt(), locale));
    }

    /** What changed: delivered, closed as successful, or the new status. */
    static String change(Notice n) {
        // keys per status and closure, as ServiceMessages*.properties list them
        String closure = "notice.closure." + n.getClosure();
        if ("CLOSED".equals(n.getToStatus()) && n.getClosure() != null) {
            return text("notice.change.closed", text(closure));
        }
        String status = "notice.change." + n.getToStatus();
        return text(status);
    }

    static String digestSubject(int count) {
        return count == 1 ? text("notice.digest.subject.one") : text("notice.digest.subject", count);
    }

    static String digestBody(String name, List<Notice> told) {
        StringBuilder body = new StringBuilder(greeting(name)).append("\n\n");
        body.append(text("notice.digest.intro")).append("\n\n");
        told.forEach(n -> body.append("- ").append(line(n)).append('\n'));
        return body.append('\n')
                .append(text("notice.digest.thanks"))
                .append('\n')
                .toString();
    }

    static String managerSubject(Notice n) {
        return text("notice.manager.subject", n.getItemNumber(), change(n));
    }

    /** @param people one line per person told: name, address, business unit, what became of their mail */
    static String managerBody(String name, Notice n, List<String> people) {
        StringBuilder body = new StringBuilder(greeting(name)).append("\n\n");
        body.append(text("notice.manager.intro", line(n))).append("\n\n");
        people.forEach(p -> body.append("- ").append(p).append('\n'));
        return body.toString();
    }

    private static String greeting(String name) {
        return name == null || name.isBlank() ? text("notice.greeting.anonymous") : text("notice.greeting", name);
    }
}
