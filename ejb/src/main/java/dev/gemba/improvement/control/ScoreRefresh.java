package dev.gemba.improvement.control;

import java.time.Instant;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * Rescores every open item each night, so that scores follow the evidence that keeps arriving in
 * their scopes. Idempotent: two nodes doing it in the same night store the same figures.
 */
@Stateless
public class ScoreRefresh {

    @Inject
    ImprovementRepository items;

    @Inject
    ScoreKeeper scores;

    @Schedule(hour = "2", minute = "17", persistent = false)
    void nightly() {
        rescoreOpenItems();
    }

    public int rescoreOpenItems() {
        Instant now = Instant.now();
        var ids = items.openIds();
        ids.forEach(id -> items.find(id).ifPresent(item -> scores.rescore(item, now)));
        return ids.size();
    }
}
