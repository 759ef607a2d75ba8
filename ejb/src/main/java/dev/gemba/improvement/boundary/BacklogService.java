package dev.gemba.improvement.boundary;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.improvement.entity.ImprovementItem;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.boundary.RecordNotFoundException;
import dev.gemba.platform.boundary.RuleViolationException;
import dev.gemba.platform.boundary.StaleUpdateException;
import dev.gemba.security.boundary.UserService;
import dev.gemba.security.entity.Role;

/**
 * The register as steering committees need it: the whole backlog with scope and time in status,
 * which findings already justify an item, and naming an item's owner by a committee's decision.
 */
@Stateless
@RolesAllowed(Role.PERSON_NAME)
public class BacklogService {

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    @EJB
    UserService users;

    /** Every item, highest score first, with the time of its last workflow step. */
    public List<BacklogEntry> backlog() {
        Map<Long, Instant> since = new HashMap<>();
        em.createQuery(
                        "select t.item.id, max(t.occurredAt) from ImprovementTransition t group by t.item.id",
                        Object[].class)
                .getResultList()
                .forEach(r -> since.put((Long) r[0], (Instant) r[1]));
        return em
                .createQuery(
                        "select distinct i from ImprovementItem i left join fetch i.services"
                                + " left join fetch i.businessUnits order by i.score desc, i.id",
                        ImprovementItem.class)
                .getResultList()
                .stream()
                .map(i -> new BacklogEntry(
                        i.getId(),
                        i.code(),
                        i.getTitle(),
                        i.getStatus(),
                        i.getClosure(),
                        i.getOwner(),
                        i.getScore(),
                        i.getTargetDate(),
                        i.getBenefitsReviewDate(),
                        i.getServices().stream().map(s -> s.getId()).collect(Collectors.toSet()),
                        i.getBusinessUnits().stream().map(b -> b.getId()).collect(Collectors.toSet()),
                        since.getOrDefault(i.getId(), i.getRaisedAt()),
                        i.getVersion()))
                .toList();
    }

    /** The findings linked to at least one item. */
    public Set<Long> linkedFindingIds() {
        return new HashSet<>(em.createQuery("select distinct l.findingId from FindingLink l", Long.class)
                .getResultList());
    }

    /** Names the item's owner, as a committee decided (committee members and admins). */
    @RolesAllowed({Role.ADMIN_NAME, Role.STEERING_COMMITTEE_NAME})
    public void assignOwner(long id, String owner, long version) {
        ImprovementItem item = em.find(ImprovementItem.class, id);
        if (item == null) {
            throw new RecordNotFoundException("improvement item", id);
        }
        if (item.getVersion() != version) {
            throw new StaleUpdateException("improvement item", id, version, item.getVersion());
        }
        if (owner == null || users.people().stream().noneMatch(u -> u.username().equals(owner))) {
            throw new InvalidInputException("owner", text("user.unknown-active", owner));
        }
        item.setOwner(owner);
        em.flush();
    }

    /**
     * Gives the item back the owner it had before a corrected decision named another (none, or a
     * person who may since have left); refused when the owner has changed since the decision.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.STEERING_COMMITTEE_NAME})
    public void restoreOwner(long id, String decidedOwner, String previousOwner) {
        ImprovementItem item = em.find(ImprovementItem.class, id);
        if (item == null) {
            throw new RecordNotFoundException("improvement item", id);
        }
        if (!Objects.equals(item.getOwner(), decidedOwner)) {
            throw new RuleViolationException(
                    "owner.moved-on",
                    text("improvement.rule.owner-moved-on", item.code(), decidedOwner, item.getOwner()));
        }
        item.setOwner(previousOwner);
        em.flush();
    }
}
