package dev.gemba.touchpoint.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
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

import dev.gemba.catalog.boundary.BusinessUnitDetails;
import dev.gemba.catalog.boundary.BusinessUnitQuery;
import dev.gemba.catalog.boundary.BusinessUnitService;
import dev.gemba.platform.boundary.DisplayTime;
import dev.gemba.platform.boundary.PageRequest;
import dev.gemba.platform.boundary.RecordNotFoundException;
import dev.gemba.platform.web.FormErrors;
import dev.gemba.platform.web.Messages;
import dev.gemba.touchpoint.boundary.TouchpointDetails;
import dev.gemba.touchpoint.boundary.TouchpointForm;
import dev.gemba.touchpoint.boundary.TouchpointService;
import dev.gemba.touchpoint.boundary.TouchpointVocabularyService;
import dev.gemba.touchpoint.boundary.TouchpointVocabularyService.Kind;
import dev.gemba.touchpoint.boundary.VocabularyEntry;
import dev.gemba.touchpoint.entity.FollowUpStatus;
import dev.gemba.touchpoint.entity.LifecyclePhase;
import dev.gemba.touchpoint.entity.TouchpointChannel;

/**
 * Backs touchpoints/entry.xhtml: log a touchpoint in seconds. Defaults: now, the signed-in
 * relationship manager's first business unit, Operation, a meeting, the user as IT participant.
 * The type and checklist follow the phase. With ?id= the same form edits a touchpoint.
 */
@Named
@ViewScoped
public class TouchpointEntryView implements Serializable {

    static final ZoneId ZONE = DisplayTime.zone();

    private static final java.util.regex.Pattern DRAFT_ROW =
            java.util.regex.Pattern.compile("^entry:actions:(\\d{1,3}):");
    private static final int MAX_DRAFT_ROWS = 100;

    @EJB
    TouchpointService touchpoints;

    @EJB
    TouchpointVocabularyService vocabulary;

    @EJB
    BusinessUnitService units;

    @Inject
    FormErrors formErrors;

    @Inject
    Messages messages;

    @Inject
    FacesContext faces;

    @Inject
    SecurityContext security;

    private Long id;
    private Long version;
    private LocalDateTime occurredAt = LocalDateTime.now(ZONE).truncatedTo(ChronoUnit.MINUTES);
    private LifecyclePhase phase = LifecyclePhase.OPERATION;
    private Long typeId;
    private Long businessUnitId;
    private Long serviceId;
    private List<Long> serviceIds = new ArrayList<>();
    private TouchpointChannel channel = TouchpointChannel.MEETING;
    private String summary;
    private String notes;
    private String outcomes;
    private List<String> itParticipants = new ArrayList<>();
    private List<String> businessContacts = new ArrayList<>();
    private List<Long> informationItemIds = new ArrayList<>();
    private List<FollowUpRow> followUps = new ArrayList<>();
    private PhaseList types;
    private PhaseList information;

    /** Called by f:viewAction: fills the form for editing, or the defaults for a new touchpoint. */
    public void load() throws IOException {
        if (faces.isPostback()) {
            return;
        }
        if (id != null) {
            try {
                fill(touchpoints.get(id));
            } catch (RecordNotFoundException e) {
                faces.getExternalContext().responseSendError(404, messages.get("touchpoint.notFound"));
                faces.responseComplete();
            }
            return;
        }
        String me = security.getCallerPrincipal().getName();
        itParticipants.add(me);
        if (serviceId != null) {
            serviceIds = new ArrayList<>(List.of(serviceId)); // "log a touchpoint here" from a coverage gap
        }
        if (businessUnitId != null) {
            return;
        }
        businessUnitId =
                units.list(new BusinessUnitQuery(null, me, null), new PageRequest(0, 1, "name", false)).items().stream()
                        .findFirst()
                        .map(BusinessUnitDetails::id)
                        .orElse(null);
    }

    private void fill(TouchpointDetails t) {
        version = t.version();
        occurredAt = LocalDateTime.ofInstant(t.occurredAt(), ZONE);
        phase = t.phase();
        typeId = t.typeId();
        businessUnitId = t.businessUnitId();
        serviceIds = new ArrayList<>(t.services().stream().map(s -> s.id()).toList());
        channel = t.channel();
        summary = t.summary();
        notes = t.notes();
        outcomes = t.outcomes();
        itParticipants = new ArrayList<>(t.itParticipants());
        businessContacts = new ArrayList<>(t.businessContacts());
        informationItemIds = new ArrayList<>(
                t.informationCaptured().stream().map(VocabularyEntry::id).toList());
        followUps = new ArrayList<>(t.followUps().stream().map(FollowUpRow::of).toList());
    }

    /** The phase decides the types and the checklist; choices of another phase no longer apply. */
    public void phaseChanged() {
        typeId = null;
        informationItemIds = new ArrayList<>();
    }

    public String save() {
        var form = new TouchpointForm(
                occurredAt == null ? null : occurredAt.atZone(ZONE).toInstant(),
                phase,
                typeId,
                businessUnitId,
                new HashSet<>(serviceIds),
                channel,
                summary,
                notes,
                outcomes,
                itParticipants,
                businessContacts,
                new HashSet<>(informationItemIds),
                followUps.stream()
                        .filter(r -> !r.isBlank())
                        .map(FollowUpRow::toEntry)
                        .toList(),
                version);
        boolean editing = id != null;
        boolean saved = formErrors.attempt("entry", () -> {
            if (editing) {
                touchpoints.update(id, form);
            } else {
                touchpoints.create(form);
            }
        });
        if (!saved) {
            return null;
        }
        faces.getExternalContext().getFlash().setKeepMessages(true);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get("touchpointEntry.saved"), ""));
        // A new blank form keeps phase, unit and channel: several touchpoints are often logged in a row
        return editing
                ? "/touchpoints/detail?faces-redirect=true&id=" + id
                : "/touchpoints/entry?faces-redirect=true&phase=" + phase + "&businessUnitId="
                        + (businessUnitId == null ? "" : businessUnitId) + "&channel=" + channel;
    }

    /**
     * Shapes the form for a draft kept in the browser while the session had ended (gemba.js): the
     * draft's phase (its types are the valid choices) and as many action rows as it had. The
     * browser then fills in the values and posts the form.
     */
    public void prepareDraft() {
        EntryDraft.parse(faces.getExternalContext().getRequestParameterMap().get("draft"))
                .ifPresent(draft -> {
                    if (draft.phase() != null) {
                        phase = draft.phase();
                    }
                    while (followUps.size() < draft.actionRows()) {
                        followUps.add(new FollowUpRow());
                    }
                });
    }

    public void addFollowUp() {
        followUps.add(FollowUpRow.ownedBy(security.getCallerPrincipal().getName()));
    }

    public void removeFollowUp(FollowUpRow row) {
        followUps.remove(row);
    }

    /** The phase's active types, plus the touchpoint's own type if it was retired since. */
    public List<VocabularyEntry> getTypes() {
        if (phase == null) {
            return List.of();
        }
        if (types == null || types.phase != phase) {
            types = new PhaseList(
                    phase,
                    vocabulary.list(Kind.TYPE, phase, true).stream()
                            .filter(t -> !t.retired() || Long.valueOf(t.id()).equals(typeId))
                            .toList());
        }
        return types.entries;
    }

    public List<VocabularyEntry> getInformationItems() {
        if (phase == null) {
            return List.of();
        }
        if (information == null || information.phase != phase) {
            information = new PhaseList(phase, vocabulary.list(Kind.INFORMATION, phase, false));
        }
        return information.entries;
    }

    /** A phase's vocabulary, loaded once per phase rather than at every EL evaluation. */
    private record PhaseList(LifecyclePhase phase, List<VocabularyEntry> entries) implements Serializable {}

    public LifecyclePhase[] getPhases() {
        return LifecyclePhase.values();
    }

    public TouchpointChannel[] getChannels() {
        return TouchpointChannel.values();
    }

    public FollowUpStatus[] getStatuses() {
        return FollowUpStatus.values();
    }

    public boolean isEditing() {
        return id != null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(LocalDateTime occurredAt) {
        this.occurredAt = occurredAt;
    }

    public LifecyclePhase getPhase() {
        return phase;
    }

    public void setPhase(LifecyclePhase phase) {
        this.phase = phase;
    }

    public Long getTypeId() {
        return typeId;
    }

    public void setTypeId(Long typeId) {
        this.typeId = typeId;
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

    public List<Long> getServiceIds() {
        return serviceIds;
    }

    public void setServiceIds(List<Long> serviceIds) {
        this.serviceIds = serviceIds;
    }

    public TouchpointChannel getChannel() {
        return channel;
    }

    public void setChannel(TouchpointChannel channel) {
        this.channel = channel;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getOutcomes() {
        return outcomes;
    }

    public void setOutcomes(String outcomes) {
        this.outcomes = outcomes;
    }

    public List<String> getItParticipants() {
        return itParticipants;
    }

    public void setItParticipants(List<String> itParticipants) {
        this.itParticipants = itParticipants == null ? new ArrayList<>() : itParticipants;
    }

    public List<String> getBusinessContacts() {
        return businessContacts;
    }

    public void setBusinessContacts(List<String> businessContacts) {
        this.businessContacts = businessContacts == null ? new ArrayList<>() : businessContacts;
    }

    public List<Long> getInformationItemIds() {
        return informationItemIds;
    }

    public void setInformationItemIds(List<Long> informationItemIds) {
        this.informationItemIds = informationItemIds;
    }

    public List<FollowUpRow> getFollowUps() {
        return followUps;
    }
}
