package dev.gemba.mail.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An address Gemba has sent mail to that is not transactional: the hash of its unsubscribe token
 * and, once its owner followed the link, when they opted out.
 */
@Entity
@Table(name = "mail_recipient")
public class MailRecipient {

    @Id
    @Column(length = 254)
    private String address;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "opted_out_at")
    private Instant optedOutAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MailRecipient() {}

    public MailRecipient(String address, String tokenHash, Instant createdAt) {
        this.address = address;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    /** Opts out; opting out again keeps the first time. */
    public void optOut(Instant at) {
        if (optedOutAt == null) {
            optedOutAt = at;
        }
    }

    public String getAddress() {
        return address;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public Instant getOptedOutAt() {
        return optedOutAt;
    }

    public boolean optedOut() {
        return optedOutAt != null;
    }
}
