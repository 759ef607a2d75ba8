package dev.gemba.survey.boundary;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import dev.gemba.catalog.control.ItServiceRepository;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.boundary.StaleUpdateException;
import dev.gemba.platform.control.InputValidator;
import dev.gemba.security.entity.Role;
import dev.gemba.survey.control.SurveyRepository;
import dev.gemba.survey.entity.SurveyPolicy;

/** The fatigue rules: admins change them; relationship managers read them. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
public class SurveyPolicyService {

    @Inject
    SurveyRepository surveys;

    @Inject
    ItServiceRepository services;

    @Inject
    InputValidator validator;

    public PolicyForm get() {
        SurveyPolicy p = surveys.policy();
        return new PolicyForm(
                p.getMaxPer30Days(),
                p.getMinDaysBetween(),
                p.getQuietDaysAfterComplaint(),
                p.getDefaultSamplingPercent(),
                p.getValidDays(),
                surveys.sampling().stream()
                        .map(s -> new PolicyForm.ServiceSamplingRate(
                                s.getServiceId(),
                                services.find(s.getServiceId())
                                        .map(x -> x.getName())
                                        .orElse(null),
                                s.getPercent()))
                        .toList(),
                p.getVersion());
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public PolicyForm change(PolicyForm form) {
        validator.check(form);
        SurveyPolicy policy = surveys.policy();
        if (form.version() != policy.getVersion()) {
            throw new StaleUpdateException("survey policy", SurveyPolicy.ID, form.version(), policy.getVersion());
        }
        Map<Long, Integer> sampling = new LinkedHashMap<>();
        for (int i = 0; i < form.sampling().size(); i++) {
            var rate = form.sampling().get(i);
            if (services.find(rate.serviceId()).isEmpty()) {
                throw new InvalidInputException(
                        "sampling[" + i + "].serviceId", text("service.unknown", rate.serviceId()));
            }
            if (sampling.put(rate.serviceId(), rate.percent()) != null) {
                throw new InvalidInputException("sampling[" + i + "].serviceId", text("policy.service-twice"));
            }
        }
        policy.change(
                form.maxPer30Days(),
                form.minDaysBetween(),
                form.quietDaysAfterComplaint(),
                form.defaultSamplingPercent(),
                form.validDays());
        surveys.replaceSampling(sampling);
        surveys.bumpVersion(policy);
        surveys.flush();
        return get();
    }
}
