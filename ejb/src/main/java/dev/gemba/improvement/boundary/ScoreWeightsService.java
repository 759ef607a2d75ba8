package dev.gemba.improvement.boundary;

import java.time.Clock;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import dev.gemba.improvement.control.ImprovementRepository;
import dev.gemba.improvement.control.ScoreKeeper;
import dev.gemba.improvement.entity.ScoreWeights;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.boundary.StaleUpdateException;
import dev.gemba.platform.control.InputValidator;
import dev.gemba.security.entity.Role;

/** The priority score's weights: everyone reads them, admins set them (every open item is rescored). */
@Stateless
@RolesAllowed(Role.PERSON_NAME)
public class ScoreWeightsService {

    @Inject
    ImprovementRepository items;

    @Inject
    ScoreKeeper scores;

    @Inject
    InputValidator validator;

    @Resource
    SessionContext session;

    Clock clock = Clock.systemUTC();

    public WeightsForm weights() {
        ScoreWeights w = items.weights();
        return new WeightsForm(w.getReach(), w.getImpact(), w.getConfidence(), w.getEffort(), w.getVersion());
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public WeightsForm change(WeightsForm form) {
        validator.check(form);
        ScoreWeights w = items.weights();
        if (form.version() == null) {
            throw new InvalidInputException(
                    "version", dev.gemba.platform.boundary.ServiceMessages.text("version.required"));
        }
        if (form.version() != w.getVersion()) {
            throw new StaleUpdateException("score weights", 1, form.version(), w.getVersion());
        }
        var now = clock.instant();
        w.change(
                form.reach(),
                form.impact(),
                form.confidence(),
                form.effort(),
                session.getCallerPrincipal().getName(),
                now);
        for (Long id : items.openIds()) {
            items.find(id).ifPresent(item -> scores.rescore(item, now));
        }
        items.flush();
        return weights();
    }
}
