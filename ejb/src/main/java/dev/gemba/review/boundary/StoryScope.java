package dev.gemba.review.boundary;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.util.Locale;

import dev.gemba.platform.boundary.InvalidInputException;

/**
 * Whom a support success story is about: everything, one business unit or one service. Written
 * {@code all}, {@code unit:<id>} or {@code service:<id>}.
 */
public record StoryScope(Kind kind, Long id) {

    public enum Kind {
        ALL,
        UNIT,
        SERVICE
    }

    public static final StoryScope ALL = new StoryScope(Kind.ALL, null);

    /** Null or blank is everything; anything else not of the three forms names the field "scope". */
    public static StoryScope parse(String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("all")) {
            return ALL;
        }
        String[] parts = value.strip().split(":", 2);
        if (parts.length == 2) {
            try {
                long id = Long.parseLong(parts[1].strip());
                switch (parts[0].strip().toLowerCase(Locale.ROOT)) {
                    case "unit":
                        return new StoryScope(Kind.UNIT, id);
                    case "service":
                        return new StoryScope(Kind.SERVICE, id);
                    default:
                        break;
                }
            } catch (NumberFormatException e) {
                // falls through to the field error
            }
        }
        throw new InvalidInputException("scope", text("story.scope"));
    }

    public Long unitId() {
        return kind == Kind.UNIT ? id : null;
    }

    public Long serviceId() {
        return kind == Kind.SERVICE ? id : null;
    }

    @Override
    public String toString() {
        return kind == Kind.ALL ? "all" : kind.name().toLowerCase(Locale.ROOT) + ":" + id;
    }
}
