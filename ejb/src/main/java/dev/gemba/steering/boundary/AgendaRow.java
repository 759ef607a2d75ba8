package dev.gemba.steering.boundary;

import java.time.LocalDate;

import dev.gemba.steering.entity.AgendaKind;

/**
 * One agenda point with the figures shown for it.
 *
 * @param score the item's computed priority score when the agenda was generated
 * @param priorityOverride the committee's override in force then, shown beside the score
 * @param daysInState days since the item's last workflow step, as of the meeting date
 * @param deferredUntil for a deferred item back on the agenda, the date it was deferred until
 * @param outcomeBefore the KPI in the baseline window (benefits reviews)
 * @param decided whether a decision names this point
 */
public record AgendaRow(
        long id,
        int position,
        AgendaKind kind,
        Long itemId,
        String itemNumber,
        Long findingId,
        String title,
        String itemStatus,
        Double score,
        Double priorityOverride,
        Integer daysInState,
        LocalDate targetDate,
        LocalDate deferredUntil,
        Double outcomeBefore,
        Double outcomeAfter,
        String verdict,
        String note,
        String addedBy,
        boolean decided) {}
