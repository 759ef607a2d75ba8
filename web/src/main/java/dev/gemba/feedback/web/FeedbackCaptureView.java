package dev.gemba.feedback.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dev.gemba.feedback.boundary.FeedbackForm;
import dev.gemba.feedback.boundary.FeedbackService;
import dev.gemba.feedback.entity.Channel;
import dev.gemba.feedback.entity.SupportTier;
import dev.gemba.platform.web.FormErrors;
import dev.gemba.platform.web.Messages;

/**
 * Backs feedback/capture.xhtml: the service desk logs what a customer said in seconds. Channel
 * and tier keep their last values between captures (a desk agent works one channel and tier at
 * a time); everything about the customer, business unit and services included, starts empty for
 * the next one. Ctrl+Enter saves.
 */
@Named
@ViewScoped
public class FeedbackCaptureView implements Serializable {

    @EJB
    FeedbackService feedback;

    @Inject
    FormErrors formErrors;

    @Inject
    Messages messages;

    @Inject
    FacesContext faces;

    private Channel channel = Channel.PHONE;
    private SupportTier tier = SupportTier.L1;
    private String text;
    private Long businessUnitId;
    private List<Long> serviceIds = new ArrayList<>();
    private List<String> tags = new ArrayList<>();
    private String ticketRef;
    private String contactName;

    public void save() {
        var form = new FeedbackForm(
                null,
                channel,
                text,
                contactName,
                null,
                businessUnitId,
                new HashSet<>(serviceIds),
                tier,
                ticketRef,
                null,
                tags());
        if (formErrors.attempt("capture", () -> feedback.submit(form))) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get("capture.saved"), ""));
            text = null;
            ticketRef = null;
            contactName = null;
            businessUnitId = null;
            serviceIds = new ArrayList<>();
            tags = new ArrayList<>();
        }
    }

    /** The tags as typed: text pasted or typed with commas is several tags, never one glued tag. */
    private Set<String> tags() {
        return tags.stream()
                .flatMap(tag -> Arrays.stream(tag.split(",")))
                .map(String::strip)
                .filter(tag -> !tag.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public List<String> completeTag(String prefix) {
        return feedback.tags(prefix);
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public SupportTier[] getTiers() {
        return SupportTier.values();
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

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getBusinessUnitId() {
        return businessUnitId;
    }

    public void setBusinessUnitId(Long businessUnitId) {
        this.businessUnitId = businessUnitId;
    }

    public List<Long> getServiceIds() {
        return serviceIds;
    }

    public void setServiceIds(List<Long> serviceIds) {
        this.serviceIds = serviceIds;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags;
    }

    public String getTicketRef() {
        return ticketRef;
    }

    public void setTicketRef(String ticketRef) {
        this.ticketRef = ticketRef;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }
}
