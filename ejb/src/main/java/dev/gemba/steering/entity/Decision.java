package dev.gemba.steering.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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

import dev.gemba.improvement.entity.ImprovementStatus;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A committee's decision on an improvement item, as recorded in the meeting: append-only. It has
 * no setters and Hibernate never writes it after the insert; a correction is a new decision that
 * names this one in {@code supersedes}.
 */
@Entity
@Immutable
@Table(name = "decision")
public class Decision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "decision_seq")
    @SequenceGenerator(name = "decision_seq", sequenceName = "decision_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(name = "committee_id", nullable = false)
    private long committeeId;

    @Column(name = "agenda_point_id")
    private Long agendaPointId;

    @Column(name = "item_id", nullable = false)
    private long itemId;

    @Column(name = "item_number", nullable = false, length = 12)
    private String itemNumber;

    @Column(name = "item_title", nullable = false, length = 200)
    private String itemTitle;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private DecisionKind kind;

    @Column(nullable = false, length = 2000)
    private String rationale;

    @Column(name = "defer_until")
    private LocalDate deferUntil;

    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    @Column(name = "merged_into_number", length = 12)
    private String mergedIntoNumber;

    @Column(name = "priority_override")
    private Double priorityOverride;

    @Column(name = "computed_score")
    private Double computedScore;

    @Column(length = 80)
    private String owner;

    @Column(name = "effort_days", precision = 7, scale = 1)
    private BigDecimal effortDays;

    @Column(precision = 12, scale = 2)
    private BigDecimal budget;

    @Column(name = "votes_for")
    private Integer votesFor;

    @Column(name = "votes_against")
    private Integer votesAgainst;

    @Column(name = "votes_abstaining")
    private Integer votesAbstaining;

    @Column(name = "supersedes_id")
    private Long supersedes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "decision_present", joinColumns = @JoinColumn(name = "decision_id"))
    @Column(name = "username", length = 80)
    private Set<String> present = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status_before", length = 20)
    private ImprovementStatus statusBefore;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status_after", length = 20)
    private ImprovementStatus statusAfter;

    @Column(name = "owner_before", length = 80)
    private String ownerBefore;

    @Column(name = "owner_after", length = 80)
    private String ownerAfter;

    @Column(name = "decided_by", nullable = false, length = 80)
    private String decidedBy;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected Decision() {}

    /** Everything a decision records; built once by {@code DecisionRecorder}, never changed. */
    public record Facts(
            Meeting meeting,
            Long agendaPointId,
            long itemId,
            String itemNumber,
            String itemTitle,
            DecisionKind kind,
            String rationale,
            LocalDate deferUntil,
            Long mergedIntoId,
            String mergedIntoNumber,
            Double priorityOverride,
            Double computedScore,
            String owner,
            BigDecimal effortDays,
            BigDecimal budget,
            Integer votesFor,
            Integer votesAgainst,
            Integer votesAbstaining,
            Long supersedes,
            Set<String> present,
            Effect effect,
            String decidedBy,
            Instant decidedAt) {}

    /**
     * What the decision did to its item: status and owner before it (leaving out the decision it
     * corrects, whose effect it replaced) and after it. A correction undoes the effect by moving
     * the item back from after to before, provided the item is still where the decision left it.
     */
    public record Effect(
            ImprovementStatus statusBefore, ImprovementStatus statusAfter, String ownerBefore, String ownerAfter) {}

    public Decision(Facts f) {
        meeting = f.meeting();
        committeeId = f.meeting().getCommittee().getId();
        agendaPointId = f.agendaPointId();
        itemId = f.itemId();
        itemNumber = f.itemNumber();
        itemTitle = f.itemTitle();
        kind = f.kind();
        rationale = f.rationale();
        deferUntil = f.deferUntil();
        mergedIntoId = f.mergedIntoId();
        mergedIntoNumber = f.mergedIntoNumber();
        priorityOverride = f.priorityOverride();
        computedScore = f.computedScore();
        owner = f.owner();
        effortDays = f.effortDays();
        budget = f.budget();
        votesFor = f.votesFor();
        votesAgainst = f.votesAgainst();
        votesAbstaining = f.votesAbstaining();
        supersedes = f.supersedes();
        present.addAll(f.present());
        if (f.effect() != null) {
            statusBefore = f.effect().statusBefore();
            statusAfter = f.effect().statusAfter();
            ownerBefore = f.effect().ownerBefore();
            ownerAfter = f.effect().ownerAfter();
        }
        decidedBy = f.decidedBy();
        decidedAt = f.decidedAt();
    }

    public Long getId() {
        return id;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public long getCommitteeId() {
        return committeeId;
    }

    public Long getAgendaPointId() {
        return agendaPointId;
    }

    public long getItemId() {
        return itemId;
    }

    public String getItemNumber() {
        return itemNumber;
    }

    public String getItemTitle() {
        return itemTitle;
    }

    public DecisionKind getKind() {
        return kind;
    }

    public String getRationale() {
        return rationale;
    }

    public LocalDate getDeferUntil() {
        return deferUntil;
    }

    public Long getMergedIntoId() {
        return mergedIntoId;
    }

    public String getMergedIntoNumber() {
        return mergedIntoNumber;
    }

    public Double getPriorityOverride() {
        return priorityOverride;
    }

    public Double getComputedScore() {
        return computedScore;
    }

    public String getOwner() {
        return owner;
    }

    public BigDecimal getEffortDays() {
        return effortDays;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public Integer getVotesFor() {
        return votesFor;
    }

    public Integer getVotesAgainst() {
        return votesAgainst;
    }

    public Integer getVotesAbstaining() {
        return votesAbstaining;
    }

    public Long getSupersedes() {
        return supersedes;
    }

    public Set<String> getPresent() {
        return present;
    }

    /** What the decision did to its item; null for decisions recorded before effects were kept. */
    public Effect getEffect() {
        return statusAfter == null ? null : new Effect(statusBefore, statusAfter, ownerBefore, ownerAfter);
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
