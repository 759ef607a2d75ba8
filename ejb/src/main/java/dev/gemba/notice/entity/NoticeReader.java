package dev.gemba.notice.entity;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person told of notices, by address: their name and language as they last wrote to us, and
 * their digest's rhythm. Notices wait for the digest, which goes at most once a week.
 */
@Entity
@Table(name = "notice_reader")
public class NoticeReader {

    /** The least time between two digests to one person. */
    public static final Duration DIGEST_INTERVAL = Duration.ofDays(7);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_reader_seq")
    @SequenceGenerator(name = "notice_reader_seq", sequenceName = "notice_reader_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 254, unique = true)
    private String address;

    @Column(length = 160)
    private String name;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(name = "last_digest_at")
    private Instant lastDigestAt;

    @Column(name = "digest_due_at")
    private Instant digestDueAt;

    @Version
    private long version;

    protected NoticeReader() {}

    public NoticeReader(String address, String name, String language) {
        this.address = address;
        this.name = name;
        this.language = language;
    }

    /** Name and language as the person last gave them. */
    public void update(String name, String language) {
        if (name != null && !name.isBlank()) {
            this.name = name;
        }
        this.language = language;
    }

    /**
     * Plans the next digest when none is planned: now, or a week after the last one.
     *
     * @return the new due time, or null when a digest was already planned
     */
    public Instant planDigest(Instant now) {
        if (digestDueAt != null) {
            return null;
        }
        Instant earliest = lastDigestAt == null ? now : lastDigestAt.plus(DIGEST_INTERVAL);
        digestDueAt = earliest.isAfter(now) ? earliest : now;
        return digestDueAt;
    }

    public void digestSent(Instant at) {
        lastDigestAt = at;
        digestDueAt = null;
    }

    /** Nothing to send (opted out, or nothing waiting): no digest planned, the last one's time kept. */
    public void digestDropped() {
        digestDueAt = null;
    }

    public Long getId() {
        return id;
    }

    public String getAddress() {
        return address;
    }

    public String getName() {
        return name;
    }

    public String getLanguage() {
        return language;
    }

    public Instant getLastDigestAt() {
        return lastDigestAt;
    }

    public Instant getDigestDueAt() {
        return digestDueAt;
    }
}
