package dev.gemba.survey.boundary;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.catalog.control.BusinessUnitRepository;
import dev.gemba.catalog.control.ItServiceRepository;
import dev.gemba.catalog.entity.BusinessUnit;
import dev.gemba.catalog.entity.ItService;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.boundary.RecordNotFoundException;
import dev.gemba.platform.control.InputValidator;
import dev.gemba.security.entity.Role;
import dev.gemba.survey.control.CampaignLauncher;
import dev.gemba.survey.control.InvitationRepository;
import dev.gemba.survey.control.ScoreMath;
import dev.gemba.survey.control.SurveyRepository;
import dev.gemba.survey.entity.CampaignStatus;
import dev.gemba.survey.entity.InvitationStatus;
import dev.gemba.survey.entity.Survey;
import dev.gemba.survey.entity.SurveyCampaign;
import dev.gemba.touchpoint.entity.LifecyclePhase;

/** Relationship campaigns: relationship managers and admins schedule them and follow their progress. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
public class CampaignService {

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    @Inject
    SurveyRepository surveys;

    @Inject
    InvitationRepository invitations;

    @Inject
    BusinessUnitRepository units;

    @Inject
    ItServiceRepository services;

    @Inject
    InputValidator validator;

    @EJB
    CampaignLauncher launcher;

    @Resource
    SessionContext session;

    /** What scheduling the form would send to whom, for the person to confirm; nothing is stored. */
    public CampaignPlan review(CampaignForm form) {
        Target target = check(form);
        return new CampaignPlan(
                form.name().strip(),
                target.survey().title(form.language() == null ? "en" : form.language()),
                target.unit() == null ? null : target.unit().getName(),
                target.service() == null ? null : target.service().getName(),
                launcher.audience(target.unit(), target.service()).size(),
                form.scheduledAt());
    }

    public CampaignProgress schedule(CampaignForm form) {
        Target target = check(form);
        var campaign = new SurveyCampaign(
                target.survey(),
                form.name().strip(),
                target.unit(),
                target.service(),
                form.phase() == null ? LifecyclePhase.CSI : form.phase(),
                form.scheduledAt() == null ? Instant.now() : form.scheduledAt(),
                form.reminderAfterDays(),
                session.getCallerPrincipal().getName());
        campaign.setLanguage(form.language() == null ? "en" : form.language());
        em.persist(campaign);
        em.flush();
        return progress(campaign, Map.of());
    }

    private record Target(Survey survey, BusinessUnit unit, ItService service) {}

    private Target check(CampaignForm form) {
        validator.check(form);
        if (form.scheduledAt() != null
                && form.scheduledAt().isBefore(Instant.now().minus(java.time.Duration.ofDays(1)))) {
            throw new InvalidInputException("scheduledAt", text("campaign.in-past"));
        }
        var survey = surveys.find(form.surveyId())
                .filter(s -> !s.isRetired())
                .orElseThrow(
                        () -> new InvalidInputException("surveyId", text("survey.unknown-active", form.surveyId())));
        var unit = form.businessUnitId() == null
                ? null
                : units.find(form.businessUnitId())
                        .orElseThrow(() -> new InvalidInputException(
                                "businessUnitId", text("business-unit.unknown", form.businessUnitId())));
        var service = form.serviceId() == null
                ? null
                : services.find(form.serviceId())
                        .orElseThrow(() ->
                                new InvalidInputException("serviceId", text("service.unknown", form.serviceId())));
        return new Target(survey, unit, service);
    }

    public CampaignProgress cancel(long id) {
        SurveyCampaign campaign = load(id);
        if (campaign.getStatus() != CampaignStatus.SCHEDULED) {
            throw new InvalidInputException("status", text("campaign.not-scheduled"));
        }
        campaign.cancel();
        return get(id);
    }

    public CampaignProgress get(long id) {
        return progress(load(id), counts().getOrDefault(id, new long[5]));
    }

    /** Newest first: the campaign just scheduled heads the list. */
    public List<CampaignProgress> list() {
        Map<Long, long[]> counts = counts();
        return em
                .createQuery(
                        "select c from SurveyCampaign c order by c.createdAt desc, c.id desc", SurveyCampaign.class)
                .setMaxResults(200)
                .getResultList()
                .stream()
                .map(c -> progress(c, counts.getOrDefault(c.getId(), new long[5])))
                .toList();
    }

    /** Per campaign: invited, skipped, sent, opened, answered. */
    private Map<Long, long[]> counts() {
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : invitations.campaignCounts()) {
            long[] c = counts.computeIfAbsent((Long) row[0], k -> new long[5]);
            var status = (InvitationStatus) row[1];
            long n = (Long) row[2];
            if (status == InvitationStatus.SKIPPED) {
                c[1] += n;
                continue;
            }
            c[0] += n;
            c[2] += (Long) row[3];
            c[3] += (Long) row[4];
            if (status == InvitationStatus.ANSWERED) {
                c[4] += n;
            }
        }
        return counts;
    }

    private CampaignProgress progress(SurveyCampaign c, Map<Long, long[]> counts) {
        return progress(c, counts.getOrDefault(c.getId(), new long[5]));
    }

    private static CampaignProgress progress(SurveyCampaign c, long[] n) {
        return new CampaignProgress(
                c.getId(),
                c.getName(),
                c.getSurvey().getId(),
                c.getSurvey().label(),
                c.getScope().getBusinessUnit() == null
                        ? null
                        : c.getScope().getBusinessUnit().getName(),
                c.getScope().getService() == null
                        ? null
                        : c.getScope().getService().getName(),
                c.getScope().getPhase(),
                c.getScheduledAt(),
                c.getReminderAfterDays(),
                c.getStatus(),
                c.getLaunchedAt(),
                n[0],
                n[1],
                n[2],
                n[3],
                n[4],
                ScoreMath.share(n[4], n[0]));
    }

    private SurveyCampaign load(long id) {
        return java.util.Optional.ofNullable(em.find(SurveyCampaign.class, id))
                .orElseThrow(() -> new RecordNotFoundException("campaign", id));
    }
}
