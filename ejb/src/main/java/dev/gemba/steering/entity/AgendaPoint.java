package dev.gemba.steering.entity;

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

/**
 * One point of a meeting's agenda with the figures shown for it (score, days in state, measured
 * outcome), so that a held meeting's agenda reads as it was shown.
 */
@Entity
@Table(name = "agenda_point")
public class AgendaPoint {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "agenda_point_seq")
    @SequenceGenerator(name = "agenda_point_seq", sequenceName = "agenda_point_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", updatable = false)
    private Meeting meeting;

    @Column(nullable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20, updatable = false)
    private AgendaKind kind;

    @Column(name = "item_id")
    private Long itemId;

    @Column(name = "item_number", length = 12)
    private String itemNumber;

    @Column(name = "finding_id")
    private Long findingId;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "item_status", length = 20)
    private String itemStatus;

    private Double score;

    @Column(name = "priority_override")
    private Double priorityOverride;

    @Column(name = "days_in_state")
    private Integer daysInState;

    @Column(name = "target_date")
    private LocalDate targetDate;

    @Column(name = "deferred_until")
    private LocalDate deferredUntil;

    @Column(name = "outcome_before")
    private Double outcomeBefore;

    @Column(name = "outcome_after")
    private Double outcomeAfter;

    @Column(length = 24)
    private String verdict;

    @Column(length = 2000)
    private String note;

    @Column(name = "added_by", length = 80)
    private String addedBy;

    @Version
    private long version;

    protected AgendaPoint() {}

    public AgendaPoint(Meeting meeting, AgendaKind kind, String title) {
        this.meeting = meeting;
        this.kind = kind;
        this.title = title;
    }

    /** What identifies a generated point between two generations: its kind and its item or finding. */
    public String key() {
        return kind + ":" + (itemId != null ? "i" + itemId : findingId != null ? "f" + findingId : "p" + id);
    }

    /** Takes over the figures of a freshly generated point for the same thing. */
    public void refreshFrom(AgendaPoint fresh) {
        title = fresh.title;
        itemStatus = fresh.itemStatus;
        score = fresh.score;
        priorityOverride = fresh.priorityOverride;
        daysInState = fresh.daysInState;
        targetDate = fresh.targetDate;
        deferredUntil = fresh.deferredUntil;
        outcomeBefore = fresh.outcomeBefore;
        outcomeAfter = fresh.outcomeAfter;
        verdict = fresh.verdict;
        note = fresh.note;
    }

    public void item(Long id, String number, String status, Double score) {
        this.itemId = id;
        this.itemNumber = number;
        this.itemStatus = status;
        this.score = score;
    }

    public void outcome(Double before, Double after, String verdict) {
        this.outcomeBefore = before;
        this.outcomeAfter = after;
        this.verdict = verdict;
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public AgendaKind getKind() {
        return kind;
    }

    public Long getItemId() {
        return itemId;
    }

    public String getItemNumber() {
        return itemNumber;
    }

    public Long getFindingId() {
        return findingId;
    }

    public void setFindingId(Long findingId) {
        this.findingId = findingId;
    }

    public String getTitle() {
        return title;
    }

    public String getItemStatus() {
        return itemStatus;
    }

    public Double getScore() {
        return score;
    }

    public Double getPriorityOverride() {
        return priorityOverride;
    }

    public void setPriorityOverride(Double priorityOverride) {
        this.priorityOverride = priorityOverride;
    }

    public Integer getDaysInState() {
        return daysInState;
    }

    public void setDaysInState(Integer daysInState) {
        this.daysInState = daysInState;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public void setTargetDate(LocalDate targetDate) {
        this.targetDate = targetDate;
    }

    /** The date a deferred item was deferred until, when it is back on the agenda because that date came. */
    public LocalDate getDeferredUntil() {
        return deferredUntil;
    }

    public void setDeferredUntil(LocalDate deferredUntil) {
        this.deferredUntil = deferredUntil;
    }

    public Double getOutcomeBefore() {
        return outcomeBefore;
    }

    public Double getOutcomeAfter() {
        return outcomeAfter;
    }

    public String getVerdict() {
        return verdict;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getAddedBy() {
        return addedBy;
    }

    public void setAddedBy(String addedBy) {
        this.addedBy = addedBy;
    }

    public long getVersion() {
        return version;
    }
}
