package dev.gemba.steering.web;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import dev.gemba.steering.boundary.DecisionEntry;
import dev.gemba.steering.boundary.DecisionService;

/** Backs the decisions section of improvements/item.xhtml: the committee decisions on the item, oldest first. */
@Named
@RequestScoped
public class ItemDecisionsView {

    @EJB
    DecisionService decisions;

    private List<DecisionEntry> cached;
    private Long cachedFor;

    public List<DecisionEntry> of(Long itemId) {
        if (itemId == null) {
            return List.of();
        }
        if (!itemId.equals(cachedFor)) {
            cached = decisions.ofItem(itemId);
            cachedFor = itemId;
        }
        return cached;
    }
}
