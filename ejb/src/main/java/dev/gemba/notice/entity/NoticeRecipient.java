package dev.gemba.notice.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Who is told of a notice, why, and whether and when they were told. One per notice, reader and audience. */
@Entity
@Table(name = "notice_recipient")
public class NoticeRecipient {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notice_recipient_seq")
    @SequenceGenerator(name = "notice_recipient_seq", sequenceName = "notice_recipient_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "notice_id")
    private Notice notice;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reader_id")
    private NoticeReader reader;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 24)
    private Audience audience;

    @Column(name = "business_unit_id")
    private Long businessUnitId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 12)
    private DeliveryStatus status = DeliveryStatus.WAITING;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected NoticeRecipient() {}

    public NoticeRecipient(Notice notice, NoticeReader reader, Audience audience, Long businessUnitId) {
        this.notice = notice;
        this.reader = reader;
        this.audience = audience;
        this.businessUnitId = businessUnitId;
    }

    public void sent(Instant at) {
        status = DeliveryStatus.SENT;
        sentAt = at;
    }

    public void optedOut() {
        status = DeliveryStatus.OPTED_OUT;
    }

    public Long getId() {
        return id;
    }

    public Notice getNotice() {
        return notice;
    }

    public NoticeReader getReader() {
        return reader;
    }

    public Audience getAudience() {
        return audience;
    }

    public Long getBusinessUnitId() {
        return businessUnitId;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
