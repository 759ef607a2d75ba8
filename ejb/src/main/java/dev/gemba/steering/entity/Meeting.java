package dev.gemba.steering.entity;

import java.time.Instant;
import java.time.LocalDate;

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
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A committee's meeting on a date. Its agenda is generated on first reading and frozen when it is held. */
@Entity
@Table(name = "meeting")
public class Meeting {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "meeting_seq")
    @SequenceGenerator(name = "meeting_seq", sequenceName = "meeting_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "committee_id", updatable = false)
    private Committee committee;

    @Column(name = "scheduled_on", nullable = false)
    private LocalDate scheduledOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 12)
    private MeetingStatus status = MeetingStatus.SCHEDULED;

    @Column(name = "agenda_generated_at")
    private Instant agendaGeneratedAt;

    @Column(name = "held_at")
    private Instant heldAt;

    @Column(name = "held_by", length = 80)
    private String heldBy;

    @Column(name = "scheduled_by", nullable = false, length = 80, updatable = false)
    private String scheduledBy;

    @Version
    private long version;

    protected Meeting() {}

    public Meeting(Committee committee, LocalDate scheduledOn, String scheduledBy) {
        this.committee = committee;
        this.scheduledOn = scheduledOn;
        this.scheduledBy = scheduledBy;
    }

    public boolean held() {
        return status == MeetingStatus.HELD;
    }

    /** Freezes the agenda: from now on it is read as stored, never regenerated. */
    public void hold(String by, Instant at) {
        status = MeetingStatus.HELD;
        heldBy = by;
        heldAt = at;
    }

    public void agendaGenerated(Instant at) {
        agendaGeneratedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Committee getCommittee() {
        return committee;
    }

    public LocalDate getScheduledOn() {
        return scheduledOn;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public Instant getAgendaGeneratedAt() {
        return agendaGeneratedAt;
    }

    public Instant getHeldAt() {
        return heldAt;
    }

    public String getHeldBy() {
        return heldBy;
    }

    public String getScheduledBy() {
        return scheduledBy;
    }

    public long getVersion() {
        return version;
    }
}
