package dev.gemba.steering.web;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import dev.gemba.platform.web.Lazy;
import dev.gemba.steering.boundary.CommitteeDetails;
import dev.gemba.steering.boundary.CommitteeService;
import dev.gemba.steering.boundary.DecisionEntry;
import dev.gemba.steering.boundary.DecisionQuery;
import dev.gemba.steering.boundary.DecisionService;
import dev.gemba.steering.entity.DecisionKind;

/** Backs steering/decisions.xhtml: the decision log with search, filters and the CSV download. */
@Named
@ViewScoped
public class DecisionLogView implements Serializable {

    @EJB
    DecisionService decisions;

    @EJB
    CommitteeService committees;

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

    /** The download address with the filters as they are now. */
    public String getCsvQuery() {
        StringBuilder q =
                new StringBuilder("?q=").append(URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8));
        if (committeeId != null) {
            q.append("&committeeId=").append(committeeId);
        }
        if (kind != null) {
            q.append("&kind=").append(kind);
        }
        return q.toString();
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
