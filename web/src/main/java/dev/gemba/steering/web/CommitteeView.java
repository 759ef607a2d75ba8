package dev.gemba.steering.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dev.gemba.platform.boundary.RecordNotFoundException;
import dev.gemba.platform.web.FormErrors;
import dev.gemba.platform.web.Messages;
import dev.gemba.security.boundary.UserRef;
import dev.gemba.steering.boundary.CommitteeDetails;
import dev.gemba.steering.boundary.CommitteeService;
import dev.gemba.steering.boundary.MeetingDetails;
import dev.gemba.steering.boundary.MeetingForm;
import dev.gemba.steering.boundary.MembersForm;

/** Backs steering/committee.xhtml: a committee, its members (the chair changes them) and its meetings. */
@Named
@ViewScoped
public class CommitteeView implements Serializable {

    @EJB
    CommitteeService committees;

    @Inject
    FacesContext faces;

    @Inject
    FormErrors formErrors;

    @Inject
    Messages messages;

    private Long id;
    private CommitteeDetails committee;
    private List<MeetingDetails> meetings;
    private List<UserRef> people;
    private List<String> members = new ArrayList<>();
    private LocalDate scheduledOn;

    public void load() throws IOException {
        try {
            committee = id == null ? null : committees.get(id);
        } catch (RecordNotFoundException e) {
            committee = null;
        }
        if (committee == null) {
            faces.getExternalContext().responseSendError(404, messages.get("steering.committeeNotFound"));
            faces.responseComplete();
            return;
        }
        refresh();
    }

    private void refresh() {
        committee = committees.get(id);
        meetings = committees.meetings(id);
        members = new ArrayList<>(committee.members());
        scheduledOn = committee.suggestedDate();
    }

    public void saveMembers() {
        if (formErrors.attempt(
                "membersForm",
                () -> committees.changeMembers(id, new MembersForm(new HashSet<>(members), committee.version())))) {
            refresh();
        }
    }

    public String schedule() {
        MeetingDetails[] created = new MeetingDetails[1];
        if (formErrors.attempt(
                "scheduleForm", () -> created[0] = committees.schedule(id, new MeetingForm(scheduledOn)))) {
            return "/steering/meeting?faces-redirect=true&id=" + created[0].id();
        }
        return null;
    }

    public List<UserRef> getPeople() {
        if (people == null) {
            people = committees.people();
        }
        return people;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CommitteeDetails getCommittee() {
        return committee;
    }

    public List<MeetingDetails> getMeetings() {
        return meetings;
    }

    public List<String> getMembers() {
        return members;
    }

    public void setMembers(List<String> members) {
        this.members = members;
    }

    public LocalDate getScheduledOn() {
        return scheduledOn;
    }

    public void setScheduledOn(LocalDate scheduledOn) {
        this.scheduledOn = scheduledOn;
    }
}
