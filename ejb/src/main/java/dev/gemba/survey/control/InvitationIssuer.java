package dev.gemba.survey.control;

import static dev.gemba.platform.boundary.ServiceMessages.text;
import static dev.gemba.platform.control.InputValidator.blankToNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.catalog.control.BusinessUnitRepository;
import dev.gemba.catalog.control.ItServiceRepository;
import dev.gemba.catalog.entity.BusinessUnit;
import dev.gemba.catalog.entity.ItService;
import dev.gemba.platform.boundary.CallerLocale;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.queue.WorkQueue;
import dev.gemba.survey.boundary.InvitationReceipt;
import dev.gemba.survey.boundary.TicketClosure;
import dev.gemba.survey.entity.Survey;
import dev.gemba.survey.entity.SurveyInvitation;
import dev.gemba.touchpoint.entity.LifecyclePhase;

/**
 * Issues an invitation in the caller's transaction: applies the fatigue rules, stores the
 * invitation (or the skip and its reason) and, when asked, queues its mail in the same
 * transaction.
 */
@Stateless
public class InvitationIssuer {

    @Inject
    FatigueRules fatigue;

    @Inject
    InvitationRepository invitations;

    @Inject
    SurveyRepository surveys;

    @Inject
    InvitationTokens tokens;

    @EJB
    WorkQueue queue;

    @Inject
    ItServiceRepository services;

    @EJB
    SurveyMailHandler mail;

    @Inject
    BusinessUnitRepository units;

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    /**
     * @param samplingKey the ticket reference for transactional invitations; null for campaigns,
     *     which are not sampled
     */
    public SurveyInvitation issue(SurveyInvitation invitation, String samplingKey, boolean mail, Instant now) {
        var skip = fatigue.check(
                SurveyInvitation.personKey(invitation.getContactEmail()),
                invitation.getScope().getService() == null
                        ? null
                        : invitation.getScope().getService().getId(),
                samplingKey,
                now);
        if (skip.isPresent()) {
            String english;
            try (var language = CallerLocale.use(Locale.ENGLISH)) {
                english = skip.get().text();
            }
            invitation.skip(skip.get().reason(), english, skip.get().figuresJson(), now);
            invitations.store(invitation);
            invitations.flush();
            return invitation;
        }
        invitations.store(invitation); // assigns the id the token is derived from
        invitation.invite(
                InvitationTokens.hash(tokens.token(invitation.getId())),
                now,
                now.plus(Duration.ofDays(surveys.policy().getValidDays())));
        invitations.flush();
        if (mail) {
            queue.enqueue(SurveyMailHandler.KIND, invitation.getId());
        }
        return invitation;
    }

    public java.util.Optional<InvitationReceipt> receiptForTicket(String ticketRef) {
        return invitations.byTicket(ticketRef).map(i -> InvitationReceipt.of(i, mail.link(i.getId()), Instant.now()));
    }

    public InvitationReceipt receipt(long id) {
        return InvitationReceipt.of(invitations.find(id).orElseThrow(), mail.link(id), Instant.now());
    }

    /** A transactional invitation for a closed ticket (Operation phase); the caller checked the ticket is new. */
    public SurveyInvitation forTicket(TicketClosure closure, Instant now) {
        Survey survey = closure.surveyId() == null
                ? surveys.defaultTransactional()
                        .orElseThrow(() -> new InvalidInputException("surveyId", text("survey.no-transactional")))
                : surveys.find(closure.surveyId())
                        .filter(s -> !s.isRetired())
                        .orElseThrow(() -> new InvalidInputException(
                                "surveyId", text("survey.unknown-active", closure.surveyId())));
        ItService service = closure.serviceId() == null
                ? null
                : services.find(closure.serviceId())
                        .orElseThrow(() ->
                                new InvalidInputException("serviceId", text("service.unknown", closure.serviceId())));
        BusinessUnit unit = closure.businessUnitId() == null
                ? unitOfContact(closure.requesterEmail()).orElse(null)
                : units.find(closure.businessUnitId())
                        .orElseThrow(() -> new InvalidInputException(
                                "businessUnitId", text("business-unit.unknown", closure.businessUnitId())));
        var invitation = new SurveyInvitation(
                survey,
                blankToNull(closure.requesterName()),
                closure.requesterEmail().strip(),
                closure.language() == null ? "en" : closure.language(),
                LifecyclePhase.OPERATION);
        invitation.context(
                unit,
                service,
                closure.tier(),
                closure.ticketRef().strip(),
                closure.resolutionMinutes(),
                blankToNull(closure.assignmentGroup()),
                null);
        return issue(invitation, closure.ticketRef().strip(), closure.sendEmail(), now);
    }

    /** The business unit whose key contact has this e-mail address, if exactly one. */
    public Optional<BusinessUnit> unitOfContact(String email) {
        List<BusinessUnit> units = em.createQuery(
                        "select distinct b from BusinessUnit b join b.keyContacts c where lower(c.email) = :e",
                        BusinessUnit.class)
                .setParameter("e", SurveyInvitation.personKey(email))
                .setMaxResults(2)
                .getResultList();
        return units.size() == 1 ? Optional.of(units.get(0)) : Optional.empty();
    }
}
