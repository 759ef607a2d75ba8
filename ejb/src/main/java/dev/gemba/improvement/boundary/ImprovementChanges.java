package dev.gemba.improvement.boundary;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.catalog.entity.BusinessUnit;
import dev.gemba.improvement.control.ImprovementRepository;
import dev.gemba.improvement.entity.ImprovementItem;
import dev.gemba.improvement.entity.ImprovementTransition;

/**
 * Status changes as notes for other features (what changed, when, on which item, justified by
 * which findings). No personal data; queue handlers call it without a caller.
 */
@Stateless
@PermitAll
public class ImprovementChanges {

    @Inject
    ImprovementRepository items;

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    public Optional<ChangeNote> note(long transitionId) {
        return Optional.ofNullable(em.find(ImprovementTransition.class, transitionId))
                .map(this::note);
    }

    /** The item's latest status change. */
    public Optional<ChangeNote> latest(long itemId) {
        return items.find(itemId).flatMap(item -> items.history(item).stream()
                .max(Comparator.comparing(ImprovementTransition::getOccurredAt)
                        .thenComparing(ImprovementTransition::getId))
                .map(this::note));
    }

    private ChangeNote note(ImprovementTransition t) {
        ImprovementItem item = t.getItem();
        List<Long> units = item.getBusinessUnits().stream()
                .map(BusinessUnit::getId)
                .sorted()
                .toList();
        List<Long> findings =
                items.links(item.getId()).stream().map(l -> l.getFindingId()).toList();
        return new ChangeNote(
                item.getId(),
                item.code(),
                item.getTitle(),
                item.getOwner(),
                t.getId(),
                t.getFrom(),
                t.getTo(),
                t.getClosure(),
                t.getOccurredAt(),
                units,
                findings);
    }
}
