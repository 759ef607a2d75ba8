package dev.gemba.steering.web;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dev.gemba.platform.web.DisplayZone;
import dev.gemba.platform.web.Lazy;
import dev.gemba.platform.web.Messages;
import dev.gemba.steering.boundary.CommitteeDetails;
import dev.gemba.steering.boundary.CommitteeService;
import dev.gemba.steering.boundary.DecisionEntry;
import dev.gemba.steering.boundary.DecisionQuery;
import dev.gemba.steering.boundary.DecisionService;
import dev.gemba.steering.entity.DecisionKind;

/** Backs steering/decisions.xhtml: the decision log with search, filters and its CSV and Excel export. */
@Named
@ViewScoped
public class DecisionLogView implements Serializable {

    @EJB
    DecisionService decisions;

    @EJB
    CommitteeService committees;

    @Inject
    Messages messages;

    @Inject
    DisplayZone displayZone;

    private String text;
    private Long committeeId;
    private DecisionKind kind;
    private List<CommitteeDetails> committeeList;

    private transient Lazy<DecisionQuery, DecisionEntry> log;

    public Lazy<DecisionQuery, DecisionEntry> getLog() {
        if (log == null) {
            log = new Lazy<>(
                    filters -> new DecisionQuery(text, committeeId, null, kind), decisions::log, DecisionEntry::id);
        }
        return log;
    }

    /** The decision and its details in one line, as the log's column shows them (for the export). */
    public String outcome(DecisionEntry d) {
        StringBuilder line = new StringBuilder(messages.get("decisionKind." + d.kind()));
        append(line, " → ", d.mergedIntoNumber());
        append(line, " → ", d.deferUntil() == null ? null : displayZone.date(d.deferUntil()));
        append(line, " → ", d.owner());
        if (d.priorityOverride() != null) {
            line.append(" → ").append(d.priorityOverride()).append(" (");
            line.append(messages.get("steering.computedScore"))
                    .append(' ')
                    .append(d.computedScore())
                    .append(')');
        }
        append(line, " → ", d.effortDays() == null ? null : d.effortDays() + " " + messages.get("steering.days"));
        append(line, " · ", d.budget());
        return line.toString();
    }

    /** Who decided, who was present and the votes, in one line (for the export). */
    public String decidedBy(DecisionEntry d) {
        StringBuilder line = new StringBuilder(d.decidedBy());
        append(line, " (", d.present().isEmpty() ? null : displayZone.joined(d.present()) + ")");
        if (d.votesFor() != null) {
            line.append(' ')
                    .append(d.votesFor())
                    .append(':')
                    .append(d.votesAgainst())
                    .append(':');
            line.append(d.votesAbstaining());
        }
        return line.toString();
    }

    /** Which decision this one corrects and which corrects it, as the log's column shows them. */
    public String supersession(DecisionEntry d) {
        StringBuilder line = new StringBuilder();
        append(line, messages.get("steering.correctsNo") + " ", d.supersedes());
        append(line, (line.isEmpty() ? "" : " · ") + messages.get("steering.supersededByNo") + " ", d.supersededBy());
        return line.toString();
    }

    private static void append(StringBuilder line, String separator, Object value) {
        if (value != null) {
            line.append(separator).append(value);
        }
    }

    public List<CommitteeDetails> getCommittees() {
        if (committeeList == null) {
            committeeList = committees.list();
        }
        return committeeList;
    }

    public DecisionKind[] getKinds() {
        return DecisionKind.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getCommitteeId() {
        return committeeId;
    }

    public void setCommitteeId(Long committeeId) {
        this.committeeId = committeeId;
    }

    public DecisionKind getKind() {
        return kind;
    }

    public void setKind(DecisionKind kind) {
        this.kind = kind;
    }
}
