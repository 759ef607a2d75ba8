package dev.gemba.steering.web;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dev.gemba.improvement.boundary.BacklogEntry;
import dev.gemba.improvement.boundary.BacklogService;
import dev.gemba.platform.boundary.RecordNotFoundException;
import dev.gemba.platform.web.FormErrors;
import dev.gemba.platform.web.Messages;
import dev.gemba.security.boundary.UserRef;
import dev.gemba.steering.boundary.AgendaOrder;
import dev.gemba.steering.boundary.AgendaPointForm;
import dev.gemba.steering.boundary.AgendaRow;
import dev.gemba.steering.boundary.CommitteeDetails;
import dev.gemba.steering.boundary.CommitteeService;
import dev.gemba.steering.boundary.DecisionEntry;
import dev.gemba.steering.boundary.DecisionForm;
import dev.gemba.steering.boundary.DecisionService;
import dev.gemba.steering.boundary.MeetingDetails;
import dev.gemba.steering.boundary.MeetingService;
import dev.gemba.steering.entity.DecisionKind;

/**
 * Backs steering/meeting.xhtml: the agenda (the chair moves points, adds points, refreshes and
 * holds the meeting), a decision dialog per agenda point, and the meeting's decisions.
 */
@Named
@ViewScoped
public class MeetingView implements Serializable {

    @EJB
    MeetingService meetings;

    @EJB
    DecisionService decisions;

    @EJB
    CommitteeService committees;

    @EJB
    BacklogService backlog;

    @Inject
    FacesContext faces;

    @Inject
    FormErrors formErrors;

    @Inject
    Messages messages;

    private Long id;
    private MeetingDetails meeting;
    private CommitteeDetails committee;
    private List<AgendaRow> agenda;
    private List<DecisionEntry> decided;
    private transient List<BacklogEntry> items;
    private transient List<UserRef> people;
    private final PointInput point = new PointInput();
    private final DecisionInput decision = new DecisionInput();

    public void load() throws IOException {
        try {
            meeting = id == null ? null : meetings.get(id);
        } catch (RecordNotFoundException e) {
            meeting = null;
        }
        if (meeting == null) {
            faces.getExternalContext().responseSendError(404, messages.get("steering.meetingNotFound"));
            faces.responseComplete();
            return;
        }
        refresh();
    }

    private void refresh() {
        agenda = meetings.agenda(id);
        meeting = meetings.get(id);
        committee = committees.get(meeting.committeeId());
        decided = decisions.ofMeeting(id);
        items = null;
    }

    /** Moves a point one place up (-1) or down (+1). */
    public void move(AgendaRow row, int by) {
        List<Long> order = new ArrayList<>(agenda.stream().map(AgendaRow::id).toList());
        int from = order.indexOf(row.id());
        int to = from + by;
        if (from < 0 || to < 0 || to >= order.size()) {
            return;
        }
        order.add(to, order.remove(from));
        if (formErrors.attempt("agendaForm", () -> meetings.reorder(id, new AgendaOrder(order)))) {
            refresh();
        }
    }

    public void addPoint() {
        if (formErrors.attempt(
                "pointForm",
                () -> meetings.addPoint(id, new AgendaPointForm(point.title, point.note, point.itemNumber)))) {
            point.clear();
            refresh();
        }
    }

    public void refreshAgenda() {
        if (formErrors.attempt("agendaForm", () -> meetings.refresh(id))) {
            refresh();
        }
    }

    public void hold() {
        if (formErrors.attempt("agendaForm", () -> meetings.hold(id))) {
            refresh();
        }
    }

    /** Opens the decision dialog for an agenda point. */
    public void startDecision(AgendaRow row) {
        decision.clear();
        decision.row = row;
        decision.present = new ArrayList<>(committee.members());
    }

    public void decide() {
        var d = decision;
        var form = new DecisionForm(
                d.kind,
                d.row == null ? null : d.row.id(),
                null,
                d.rationale,
                d.deferUntil,
                d.mergedIntoId,
                d.priorityOverride,
                d.owner,
                d.effortDays,
                d.budget,
                d.votesFor,
                d.votesAgainst,
                d.votesAbstaining,
                new HashSet<>(d.present),
                d.supersedes);
        if (formErrors.attempt("decisionForm", () -> decisions.decide(id, form))) {
            refresh();
        }
    }

    /** Items a point's item may be merged into: every other open item. */
    public List<BacklogEntry> getItems() {
        if (items == null) {
            items = backlog.backlog().stream().filter(e -> !e.status().ended()).toList();
        }
        return items;
    }

    /** Earlier decisions on the dialog's item, which a correction may supersede. */
    public List<DecisionEntry> getSupersedable() {
        if (decision.row == null || decision.row.itemId() == null) {
            return List.of();
        }
        return decisions.ofItem(decision.row.itemId()).stream()
                .filter(e -> e.supersededBy() == null)
                .toList();
    }

    public List<UserRef> getPeople() {
        if (people == null) {
            people = committees.people();
        }
        return people;
    }

    public DecisionKind[] getKinds() {
        return DecisionKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MeetingDetails getMeeting() {
        return meeting;
    }

    public CommitteeDetails getCommittee() {
        return committee;
    }

    public List<AgendaRow> getAgenda() {
        return agenda;
    }

    public List<DecisionEntry> getDecided() {
        return decided;
    }

    public PointInput getPoint() {
        return point;
    }

    public DecisionInput getDecision() {
        return decision;
    }

    /** What the chair types for a new point. */
    public static class PointInput implements Serializable {
        private String title;
        private String note;
        private String itemNumber;

        void clear() {
            title = null;
            note = null;
            itemNumber = null;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

        public String getItemNumber() {
            return itemNumber;
        }

        public void setItemNumber(String itemNumber) {
            this.itemNumber = itemNumber;
        }
    }

    /** What the decision dialog holds. */
    public static class DecisionInput implements Serializable {
        private AgendaRow row;
        private DecisionKind kind = DecisionKind.APPROVE;
        private String rationale;
        private LocalDate deferUntil;
        private Long mergedIntoId;
        private Double priorityOverride;
        private String owner;
        private BigDecimal effortDays;
        private BigDecimal budget;
        private Integer votesFor;
        private Integer votesAgainst;
        private Integer votesAbstaining;
        private List<String> present = new ArrayList<>();
        private Long supersedes;

        void clear() {
            row = null;
            kind = DecisionKind.APPROVE;
            rationale = null;
            deferUntil = null;
            mergedIntoId = null;
            priorityOverride = null;
            owner = null;
            effortDays = null;
            budget = null;
            votesFor = null;
            votesAgainst = null;
            votesAbstaining = null;
            present = new ArrayList<>();
            supersedes = null;
        }

        public AgendaRow getRow() {
            return row;
        }

        public DecisionKind getKind() {
            return kind;
        }

        public void setKind(DecisionKind kind) {
            this.kind = kind;
        }

        public String getRationale() {
            return rationale;
        }

        public void setRationale(String rationale) {
            this.rationale = rationale;
        }

        public LocalDate getDeferUntil() {
            return deferUntil;
        }

        public void setDeferUntil(LocalDate deferUntil) {
            this.deferUntil = deferUntil;
        }

        public Long getMergedIntoId() {
            return mergedIntoId;
        }

        public void setMergedIntoId(Long mergedIntoId) {
            this.mergedIntoId = mergedIntoId;
        }

        public Double getPriorityOverride() {
            return priorityOverride;
        }

        public void setPriorityOverride(Double priorityOverride) {
            this.priorityOverride = priorityOverride;
        }

        public String getOwner() {
            return owner;
        }

        public void setOwner(String owner) {
            this.owner = owner;
        }

        public BigDecimal getEffortDays() {
            return effortDays;
        }

        public void setEffortDays(BigDecimal effortDays) {
            this.effortDays = effortDays;
        }

        public BigDecimal getBudget() {
            return budget;
        }

        public void setBudget(BigDecimal budget) {
            this.budget = budget;
        }

        public Integer getVotesFor() {
            return votesFor;
        }

        public void setVotesFor(Integer votesFor) {
            this.votesFor = votesFor;
        }

        public Integer getVotesAgainst() {
            return votesAgainst;
        }

        public void setVotesAgainst(Integer votesAgainst) {
            this.votesAgainst = votesAgainst;
        }

        public Integer getVotesAbstaining() {
            return votesAbstaining;
        }

        public void setVotesAbstaining(Integer votesAbstaining) {
            this.votesAbstaining = votesAbstaining;
        }

        public List<String> getPresent() {
            return present;
        }

        public void setPresent(List<String> present) {
            this.present = present;
        }

        public Long getSupersedes() {
            return supersedes;
        }

        public void setSupersedes(Long supersedes) {
            this.supersedes = supersedes;
        }
    }
}
