package dev.gemba.feedback.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import dev.gemba.analysis.entity.AnalysisStatus;
import dev.gemba.analysis.entity.Sentiment;
import dev.gemba.analysis.web.KeyPhraseChips;
import dev.gemba.analysis.web.TextSegments;
import dev.gemba.feedback.boundary.CorrectionForm;
import dev.gemba.feedback.boundary.FeedbackQuery;
import dev.gemba.feedback.boundary.FeedbackService;
import dev.gemba.feedback.boundary.FeedbackSummary;
import dev.gemba.feedback.entity.Channel;
import dev.gemba.feedback.entity.SupportTier;
import dev.gemba.platform.boundary.DisplayTime;
import dev.gemba.platform.web.FormErrors;
import dev.gemba.platform.web.Lazy;
import dev.gemba.platform.web.Messages;
import dev.gemba.security.entity.Role;

/** Backs feedback/inbox.xhtml: filterable lazy inbox, the analysed text, and corrections. */
@Named
@ViewScoped
public class FeedbackInboxView implements Serializable {

    @EJB
    FeedbackService feedback;

    @Inject
    FormErrors formErrors;

    @Inject
    SecurityContext security;

    @Inject
    Messages messages;

    @Inject
    FacesContext faces;

    private transient Lazy<FeedbackQuery, FeedbackSummary> model;
    private Sentiment sentiment;
    private String topic;
    private Long serviceId;
    private Long businessUnitId;
    private Channel channel;
    private SupportTier tier;
    private AnalysisStatus status;
    private String text;
    private String tag;
    private LocalDate from;
    private LocalDate to;
    private FeedbackSummary selected;
    private Long id;
    private boolean openOnLoad;
    private Sentiment correctedSentiment;
    private List<String> correctedTopics = new ArrayList<>();
    private List<String> topics;

    public Lazy<FeedbackQuery, FeedbackSummary> getItems() {
        if (model == null) {
            model = new Lazy<>(ignored -> query(), (query, page) -> feedback.inbox(query, page), FeedbackSummary::id);
        }
        return model;
    }

    private FeedbackQuery query() {
        return new FeedbackQuery(
                sentiment,
                topic,
                serviceId,
                businessUnitId,
                channel,
                tier,
                DisplayTime.days(from, to).start(),
                DisplayTime.days(from, to).end(),
                status,
                text,
                tag);
    }

    /** inbox.xhtml?id=… (e.g. from a follow-up) opens that item's detail on arrival. */
    public void openRequested() {
        if (id != null && !FacesContext.getCurrentInstance().isPostback()) {
            try {
                select(feedback.get(id));
                openOnLoad = true;
            } catch (dev.gemba.platform.boundary.RecordNotFoundException e) {
                openOnLoad = false;
            }
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isOpenOnLoad() {
        return openOnLoad;
    }

    public void select(FeedbackSummary item) {
        selected = feedback.get(item.id());
        correctedSentiment =
                selected.correctedSentiment() != null ? selected.correctedSentiment() : selected.sentiment();
        correctedTopics =
                new ArrayList<>(selected.correctedTopics() != null ? selected.correctedTopics() : selected.topics());
    }

    public void correct() {
        var form = new CorrectionForm(correctedSentiment, new HashSet<>(correctedTopics), selected.version());
        if (formErrors.attempt("detail", () -> selected = feedback.correct(selected.id(), form))) {
            faces.addMessage(
                    null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get("inbox.correctionSaved"), ""));
        }
    }

    /** Tags in use that start with what was typed, for the tag filter. */
    public List<String> completeTag(String prefix) {
        return feedback.tags(prefix);
    }

    /**
     * The analysis models in words: built in or trained here (custom). The exact version, which
     * names every model's digest, stays available as the element's tooltip.
     */
    public String getModelDescription() {
        String version = selected == null ? null : selected.modelVersion();
        if (version == null) {
            return null;
        }
        return messages.get(version.matches(".*[=,]c\\p{XDigit}.*") ? "inbox.model.custom" : "inbox.model.builtIn");
    }

    public void reanalyse() {
        formErrors.attempt("detail", () -> selected = feedback.reanalyse(selected.id()));
    }

    public List<TextSegments.Segment> getSegments() {
        return selected == null ? List.of() : TextSegments.of(selected.text(), selected.analysisDetail());
    }

    public List<KeyPhraseChips.Chip> getKeyPhrases() {
        return selected == null ? List.of() : KeyPhraseChips.of(selected.analysisDetail());
    }

    public boolean isCorrectable() {
        return security.isCallerInRole(Role.ADMIN_NAME) || security.isCallerInRole(Role.SERVICE_DESK_NAME);
    }

    public List<String> getTopics() {
        if (topics == null) {
            topics = feedback.topics();
        }
        return topics;
    }

    public Sentiment[] getSentiments() {
        return Sentiment.values();
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public SupportTier[] getTiers() {
        return SupportTier.values();
    }

    public AnalysisStatus[] getStatuses() {
        return AnalysisStatus.values();
    }

    public FeedbackSummary getSelected() {
        return selected;
    }

    public Sentiment getSentiment() {
        return sentiment;
    }

    public void setSentiment(Sentiment sentiment) {
        this.sentiment = sentiment;
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

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public SupportTier getTier() {
        return tier;
    }

    public void setTier(SupportTier tier) {
        this.tier = tier;
    }

    public AnalysisStatus getStatus() {
        return status;
    }

    public void setStatus(AnalysisStatus status) {
        this.status = status;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Sentiment getCorrectedSentiment() {
        return correctedSentiment;
    }

    public void setCorrectedSentiment(Sentiment correctedSentiment) {
        this.correctedSentiment = correctedSentiment;
    }

    public List<String> getCorrectedTopics() {
        return correctedTopics;
    }

    public void setCorrectedTopics(List<String> correctedTopics) {
        this.correctedTopics = correctedTopics;
    }
}
