package dev.gemba.steering.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dev.gemba.platform.web.FormErrors;
import dev.gemba.security.boundary.UserRef;
import dev.gemba.steering.boundary.CommitteeDetails;
import dev.gemba.steering.boundary.CommitteeForm;
import dev.gemba.steering.boundary.CommitteeService;
import dev.gemba.steering.entity.Cadence;

/** Backs steering/committees.xhtml: every committee; admins set committees up and change them. */
@Named
@ViewScoped
public class CommitteesView implements Serializable {

    @EJB
    CommitteeService committees;

    @Inject
    FormErrors formErrors;

    private List<CommitteeDetails> list;
    private List<UserRef> people;
    private Long editingId;
    private Long version;
    private String name;
    private String chair;
    private List<String> members = new ArrayList<>();
    private boolean everything;
    private List<Long> serviceIds = new ArrayList<>();
    private List<Long> businessUnitIds = new ArrayList<>();
    private Cadence cadence = Cadence.MONTHLY;

    @PostConstruct
    void init() {
        list = committees.list();
    }

    public void startNew() {
        editingId = null;
        version = null;
        name = null;
        chair = null;
        members = new ArrayList<>();
        everything = false;
        serviceIds = new ArrayList<>();
        businessUnitIds = new ArrayList<>();
        cadence = Cadence.MONTHLY;
    }

    public void edit(CommitteeDetails c) {
        editingId = c.id();
        version = c.version();
        name = c.name();
        chair = c.chair();
        members = new ArrayList<>(c.members());
        everything = c.everything();
        serviceIds = new ArrayList<>(c.serviceIds());
        businessUnitIds = new ArrayList<>(c.businessUnitIds());
        cadence = c.cadence();
    }

    public void save() {
        var form = new CommitteeForm(
                name,
                chair,
                new HashSet<>(members),
                everything,
                new HashSet<>(serviceIds),
                new HashSet<>(businessUnitIds),
                cadence,
                version);
        if (formErrors.attempt("committeeForm", () -> {
            if (editingId == null) {
                committees.create(form);
            } else {
                committees.change(editingId, form);
            }
        })) {
            list = committees.list();
        }
    }

    public List<CommitteeDetails> getList() {
        return list;
    }

    public List<UserRef> getPeople() {
        if (people == null) {
            people = committees.people();
        }
        return people;
    }

    public Cadence[] getCadences() {
        return Cadence.values();
    }

    public Long getEditingId() {
        return editingId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getChair() {
        return chair;
    }

    public void setChair(String chair) {
        this.chair = chair;
    }

    public List<String> getMembers() {
        return members;
    }

    public void setMembers(List<String> members) {
        this.members = members;
    }

    public boolean isEverything() {
        return everything;
    }

    public void setEverything(boolean everything) {
        this.everything = everything;
    }

    public List<Long> getServiceIds() {
        return serviceIds;
    }

    public void setServiceIds(List<Long> serviceIds) {
        this.serviceIds = serviceIds;
    }

    public List<Long> getBusinessUnitIds() {
        return businessUnitIds;
    }

    public void setBusinessUnitIds(List<Long> businessUnitIds) {
        this.businessUnitIds = businessUnitIds;
    }

    public Cadence getCadence() {
        return cadence;
    }

    public void setCadence(Cadence cadence) {
        this.cadence = cadence;
    }
}
