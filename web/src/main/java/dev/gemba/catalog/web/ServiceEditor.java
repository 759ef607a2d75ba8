package dev.gemba.catalog.web;

import java.io.Serializable;

import dev.gemba.catalog.boundary.ServiceDetails;
import dev.gemba.catalog.boundary.ServiceForm;
import dev.gemba.catalog.entity.Criticality;
import dev.gemba.catalog.entity.ServiceStatus;

/** The service dialog's fields while the user edits them. */
public class ServiceEditor implements Serializable {

    private Long id;
    private Long version;
    private String name;
    private String description;
    private String owner;
    private Criticality criticality = Criticality.MEDIUM;
    private ServiceStatus status = ServiceStatus.LIVE;

    static ServiceEditor of(ServiceDetails s) {
        var editor = new ServiceEditor();
        editor.id = s.id();
        editor.version = s.version();
        editor.name = s.name();
        editor.description = s.description();
        editor.owner = s.owner();
        editor.criticality = s.criticality();
        editor.status = s.status();
        return editor;
    }

    ServiceForm toForm() {
        return new ServiceForm(name, description, owner, criticality, status, version);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public Criticality getCriticality() {
        return criticality;
    }

    public void setCriticality(Criticality criticality) {
        this.criticality = criticality;
    }

    public ServiceStatus getStatus() {
        return status;
    }

    public void setStatus(ServiceStatus status) {
        this.status = status;
    }
}
