package dev.gemba.mail.control;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.mail.entity.MailRecipient;

/** The opt-out list: recipients by address and by unsubscribe token. */
@Dependent
public class MailRecipients {

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    @Inject
    UnsubscribeTokens tokens;

    /** The address's unsubscribe token, its recipient row stored on first use. */
    public String token(String address) {
        String normal = UnsubscribeTokens.normal(address);
        String token = tokens.token(normal);
        // insert-if-absent in one statement: two senders to one address never collide on the key
        em.createNativeQuery("insert into mail_recipient (address, token_hash, created_at) select ?1, ?2, ?3"
                        + " where not exists (select 1 from mail_recipient where address = ?1)")
                .setParameter(1, normal)
                .setParameter(2, UnsubscribeTokens.hash(token))
                .setParameter(3, Instant.now())
                .executeUpdate();
        return token;
    }

    public boolean optedOut(String address) {
        return find(address).map(MailRecipient::optedOut).orElse(false);
    }

    public Optional<MailRecipient> find(String address) {
        return Optional.ofNullable(em.find(MailRecipient.class, UnsubscribeTokens.normal(address)));
    }

    public Optional<MailRecipient> byToken(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createQuery("select r from MailRecipient r where r.tokenHash = :h", MailRecipient.class)
                .setParameter("h", UnsubscribeTokens.hash(token.strip()))
                .getResultStream()
                .findFirst();
    }
}
