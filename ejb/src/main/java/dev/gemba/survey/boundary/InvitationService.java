package dev.gemba.survey.boundary;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import dev.gemba.platform.boundary.PageRequest;
import dev.gemba.platform.control.Constraints;
import dev.gemba.platform.control.InputValidator;
import dev.gemba.security.entity.Role;
import dev.gemba.survey.control.InvitationIssuer;
import dev.gemba.survey.control.InvitationRepository;
import dev.gemba.survey.control.SurveyMailHandler;
import dev.gemba.survey.entity.InvitationStatus;

/** Transactional invitations from an ITSM, and the list of invitations for staff. */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
public class InvitationService {

    /** The outcome of a trigger: the invitation and whether this call created it. */
    public record Issued(InvitationReceipt invitation, boolean created) {}

    @EJB
    InvitationIssuer issuer;

    @EJB
    SurveyMailHandler mail;

    @Inject
    InvitationRepository invitations;

    @Inject
    InputValidator validator;

    /**
     * Invites the requester of a closed ticket, subject to the fatigue rules. Idempotent by ticket
     * reference: a repeat returns the first invitation (or skip) and creates nothing, also when two
     * repeats race.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.INTEGRATION_NAME})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Issued invite(TicketClosure closure) {
        validator.check(closure);
        String ticket = closure.ticketRef().strip();
        var existing = issuer.receiptForTicket(ticket);
        if (existing.isPresent()) {
            return new Issued(existing.get(), false);
        }
        try {
            return new Issued(
                    issuer.receipt(issuer.forTicket(closure, Instant.now()).getId()), true);
        } catch (EJBException e) {
            if (Constraints.isUniqueViolation(e)) {
                return issuer.receiptForTicket(ticket)
                        .map(r -> new Issued(r, false))
                        .orElseThrow(() -> e);
            }
            throw e;
        }
    }

    public List<InvitationReceipt> list(InvitationStatus status, Long campaignId, PageRequest page) {
        Instant now = Instant.now();
        return invitations.search(status, campaignId, page.offset(), page.size()).stream()
                .map(i -> InvitationReceipt.of(i, mail.link(i.getId()), now))
                .toList();
    }
}
