package dev.gemba.review.control;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.gemba.feedback.insight.FeedbackReach.Comment;
import dev.gemba.review.boundary.SupportStory.Testimonial;

/**
 * Positive verbatims made fit to show the business. Gemba records no consent to be quoted by name
 * (neither on key contacts nor on feedback or survey respondents), so every testimonial is
 * anonymised: attributed to the unit only, with the contact's own name and any e-mail address taken
 * out of the text.
 */
final class Testimonials {

    static final String REDACTED = "[…]";
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    private static final Pattern NAME_PART = Pattern.compile("\\p{Lu}\\p{Ll}[\\p{L}'’-]*");
    private static final int MIN_NAME_PART = 3;

    private Testimonials() {}

    static List<Testimonial> anonymise(List<Comment> comments) {
        return comments.stream()
                .map(c -> new Testimonial(
                        redact(c.text(), c.contactName()),
                        c.businessUnit() == null
                                ? text("story.pdf.someone")
                                : text("story.pdf.someoneIn", c.businessUnit()),
                        c.receivedAt() == null
                                ? null
                                : c.receivedAt().atOffset(ZoneOffset.UTC).toLocalDate()))
                .toList();
    }

    /**
     * The text without e-mail addresses, the contact's full name and each part of it that looks like
     * a name (capitalised, letters only: "VPN" or "user" in "VPN user 3" stay, as words of the text).
     */
    static String redact(String text, String name) {
        String out = EMAIL.matcher(text).replaceAll(REDACTED);
        List<String> names = new ArrayList<>();
        if (name != null && !name.isBlank()) {
            names.add(name.strip());
            for (String part : name.strip().split("[\\s,]+")) {
                if (part.length() >= MIN_NAME_PART && NAME_PART.matcher(part).matches()) {
                    names.add(part);
                }
            }
        }
        for (String n : names) {
            out = Pattern.compile(
                            "(?<![\\p{L}\\p{N}])" + Pattern.quote(n) + "(?![\\p{L}\\p{N}])",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(out)
                    .replaceAll(REDACTED);
        }
        return out;
    }
}
