package dev.gemba.finding.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dev.gemba.finding.boundary.EvidenceLinkForm;
import dev.gemba.finding.boundary.EvidenceQueryForm;
import dev.gemba.finding.boundary.FindingDetails;
import dev.gemba.finding.boundary.FindingForm;
import dev.gemba.finding.boundary.FindingService;
import dev.gemba.finding.entity.EvidenceKind;
import dev.gemba.finding.entity.FindingOrigin;
import dev.gemba.finding.entity.FindingStatus;
import dev.gemba.platform.web.FormErrors;

/**
 * Backs findings/edit.xhtml: raises a finding or restates one. Other pages open it pre-filled:
 * the inbox with {@code feedback=1,2,3} (the selection to link), insights with a scope, topic and
 * period (a saved query), the coverage heatmap with a scope, a drafted title and statement and the
 * cell's {@code phase} (linked as a coverage gap when the scope names a business unit), the survey
 * scores page with a scope, a drafted statement and the period (a saved query).
 */
@Named
@ViewScoped
public class FindingEditView implements Serializable {

    @EJB
    FindingService findings;

    @Inject
    FormErrors formErrors;

    private Long id;
    private String feedback;
    private FindingOrigin origin;
    private String title;
    private String statement;
    private Long serviceId;
    private Long businessUnitId;
    private FindingStatus status = FindingStatus.OPEN;
    private boolean useQuery;
    private String topic;
    private String sentiment;
    private String channel;
    private String tier;
    private LocalDate since;
    private LocalDate until;
    private String phase;
    private Long version;
    private boolean loaded;

    /** Reads the finding to restate, or the pre-filled values of a new one (once per view). */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (id != null) {
            FindingDetails f = findings.get(id);
            title = f.title();
            statement = f.statement();
            serviceId = f.serviceId();
            businessUnitId = f.businessUnitId();
            status = f.status();
            version = f.version();
            if (f.query() != null) {
                useQuery = true;
                topic = f.query().topic();
                sentiment = f.query().sentiment();
                channel = f.query().channel();
                tier = f.query().tier();
                since = f.query().since();
                until = f.query().until();
            }
        } else if (topic != null || since != null || tier != null) {
            useQuery = true;
        }
    }

    public String save() {
        EvidenceQueryForm query =
                useQuery ? new EvidenceQueryForm(topic, sentiment, channel, tier, since, until) : null;
        var form = new FindingForm(
                title,
                statement,
                serviceId,
                businessUnitId,
                status,
                origin == null ? (feedbackIds().isEmpty() ? FindingOrigin.MANUAL : FindingOrigin.INBOX) : origin,
                query,
                feedbackIds(),
                version);
        FindingDetails[] saved = new FindingDetails[1];
        boolean ok = formErrors.attempt("finding", () -> {
            if (id != null) {
                saved[0] = findings.update(id, form);
                return;
            }
            saved[0] = findings.create(form);
            if (isGapToLink()) {
                findings.link(
                        saved[0].id(),
                        new EvidenceLinkForm(EvidenceKind.COVERAGE_GAP, null, businessUnitId, phase, serviceId));
            }
        });
        return ok ? "/findings/finding?faces-redirect=true&id=" + saved[0].id() : null;
    }

    /** The feedback ids handed over by the inbox; only for a new finding. */
    public List<Long> feedbackIds() {
        if (id != null || feedback == null || feedback.isBlank()) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        Arrays.stream(feedback.split(","))
                .map(String::strip)
                .filter(s -> s.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .forEach(ids::add);
        return ids;
    }

    /** A new finding from a heatmap cell links the cell as a coverage gap (which needs a business unit). */
    public boolean isGapToLink() {
        return id == null
                && businessUnitId != null
                && phase != null
                && phase.matches("STRATEGY|DESIGN|TRANSITION|OPERATION|CSI");
    }

    public FindingStatus[] getStatuses() {
        return FindingStatus.values();
    }

    public List<String> getSentiments() {
        return List.of("NEGATIVE", "NEUTRAL", "POSITIVE", "MIXED");
    }

    public List<String> getChannels() {
        return List.of(
                "PHONE",
                "EMAIL",
                "CHAT",
                "WALK_IN",
                "SOCIAL",
                "COMPLAINT",
                "ESCALATION",
                "COMPLIMENT",
                "SURVEY",
                "OTHER");
    }

    public List<String> getTiers() {
        return List.of("L0", "L1", "L2", "L3");
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getFeedback() {
        return feedback;
    }

    public void setFeedback(String feedback) {
        this.feedback = feedback;
    }

    public FindingOrigin getOrigin() {
        return origin;
    }

    public void setOrigin(FindingOrigin origin) {
        this.origin = origin;
    }

    public String getPhase() {
        return phase;
    }

    public void setPhase(String phase) {
        this.phase = phase;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getStatement() {
        return statement;
    }

    public void setStatement(String statement) {
        this.statement = statement;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }

    public Long getBusinessUnitId() {
        return businessUnitId;
    }

    public void setBusinessUnitId(Long businessUnitId) {
        this.businessUnitId = businessUnitId;
    }

    public FindingStatus getStatus() {
        return status;
    }

    public void setStatus(FindingStatus status) {
        this.status = status;
    }

    public boolean isUseQuery() {
        return useQuery;
    }

    public void setUseQuery(boolean useQuery) {
        this.useQuery = useQuery;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public String getSentiment() {
        return sentiment;
    }

    public void setSentiment(String sentiment) {
        this.sentiment = sentiment;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getTier() {
        return tier;
    }

    public void setTier(String tier) {
        this.tier = tier;
    }

    public LocalDate getSince() {
        return since;
    }

    public void setSince(LocalDate since) {
        this.since = since;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }
}
