package dev.gemba.review.boundary;

import dev.gemba.review.entity.AgendaItem;
import dev.gemba.review.entity.PackSection;

/**
 * A point of the agenda with its minutes.
 *
 * @param section the pack section it presents; null for a point added by hand
 */
public record AgendaPoint(long id, PackSection section, String title, String notes) {

    static AgendaPoint of(AgendaItem a) {
        return new AgendaPoint(a.getId(), a.getSection(), a.getTitle(), a.getNotes());
    }
}
