package dev.gemba.review.boundary;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import dev.gemba.catalog.entity.KeyContact;
import dev.gemba.mail.boundary.Mail;
import dev.gemba.mail.boundary.Mailer;
import dev.gemba.platform.boundary.CallerLocale;
import dev.gemba.platform.boundary.RuleViolationException;
import dev.gemba.review.control.ReviewAccess;
import dev.gemba.review.control.ReviewLoader;
import dev.gemba.review.entity.ServiceReview;
import dev.gemba.security.entity.Role;

/**
 * Mails a published pack as PDF to the review's business participants (the unit's key contacts
 * with an address) and to the unit's relationship manager; the unit's relationship manager and admins send it.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
public class ReviewMail {

    @Inject
    ReviewLoader loader;

    @Inject
    ReviewAccess access;

    @EJB
    Mailer mailer;

    @EJB
    ReviewExports exports;

    public MailReceipt mail(long id) {
        ServiceReview review = loader.load(id);
        access.requireMayChange(review.getBusinessUnit());
        if (!review.isPublished()) {
            throw new RuleViolationException("review.not-published", text("review.mail-not-published"));
        }
        Map<String, String> addresses = new LinkedHashMap<>();
        List<String> without = new ArrayList<>();
        for (String name : review.getBusinessContacts()) {
            String email = review.getBusinessUnit().getKeyContacts().stream()
                    .filter(c -> c.getName().equalsIgnoreCase(name) && c.getEmail() != null)
                    .map(KeyContact::getEmail)
                    .findFirst()
                    .orElse(null);
            if (email == null) {
                without.add(name);
            } else {
                addresses.put(email, name);
            }
        }
        var manager = review.getBusinessUnit().getRelationshipManager();
        if (manager != null && manager.getEmail() != null) {
            addresses.put(manager.getEmail(), manager.getDisplayName());
        }
        byte[] pdf = exports.packPdf(id);
        String subject = text("review.mail-subject", review.getTitle());
        for (var entry : addresses.entrySet()) {
            // transactional: the pack of a review the person takes part in
            Mail mail = Mail.transactional(
                            entry.getKey(),
                            subject,
                            text("review.mail-body", entry.getValue(), review.getTitle()),
                            "review-" + id,
                            CallerLocale.current())
                    .attaching("service-review-" + id + "-pack.pdf", "application/pdf", pdf);
            try {
                mailer.send(mail);
            } catch (Exception e) {
                throw new IllegalStateException("mail to " + entry.getKey() + " failed", e);
            }
        }
        return new MailReceipt(List.copyOf(addresses.keySet()), without);
    }
}
