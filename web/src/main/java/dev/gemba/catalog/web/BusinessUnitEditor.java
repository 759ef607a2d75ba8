package dev.gemba.catalog.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import dev.gemba.catalog.boundary.BusinessUnitDetails;
import dev.gemba.catalog.boundary.BusinessUnitForm;
import dev.gemba.catalog.boundary.KeyContactEntry;
import dev.gemba.catalog.boundary.ServiceRef;

/** The business-unit dialog's fields while the user edits them. */
public class BusinessUnitEditor implements Serializable {

    private Long id;
    private Long version;
    private String name;
    private String description;
    private String relationshipManager;
    private List<Long> serviceIds = new ArrayList<>();
    private final List<ContactRow> contacts = new ArrayList<>();

    /** One editable key-contact row. */
    public static class ContactRow implements Serializable {
        private String name;
        private String email;
        private String jobTitle;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getJobTitle() {
            return jobTitle;
        }

        public void setJobTitle(String jobTitle) {
            this.jobTitle = jobTitle;
        }
    }

    static BusinessUnitEditor of(BusinessUnitDetails unit) {
        var editor = new BusinessUnitEditor();
        editor.id = unit.id();
        editor.version = unit.version();
        editor.name = unit.name();
        editor.description = unit.description();
        editor.relationshipManager = unit.relationshipManager();
        editor.serviceIds =
                new ArrayList<>(unit.services().stream().map(ServiceRef::id).toList());
        for (KeyContactEntry c : unit.keyContacts()) {
            var row = new ContactRow();
            row.name = c.name();
            row.email = c.email();
            row.jobTitle = c.jobTitle();
            editor.contacts.add(row);
        }
        return editor;
    }

    BusinessUnitForm toForm() {
        List<KeyContactEntry> entries = contacts.stream()
                .filter(r -> r.name != null || r.email != null || r.jobTitle != null)
                .map(r -> new KeyContactEntry(r.name, r.email, r.jobTitle, null))
                .toList();
        return new BusinessUnitForm(
                name, description, relationshipManager, entries, new HashSet<>(serviceIds), version);
    }

    public void addContact() {
        contacts.add(new ContactRow());
    }

    public void removeContact(ContactRow row) {
        contacts.remove(row);
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

    public String getRelationshipManager() {
        return relationshipManager;
    }

    public void setRelationshipManager(String relationshipManager) {
        this.relationshipManager = relationshipManager;
    }

    public List<Long> getServiceIds() {
        return serviceIds;
    }

    public void setServiceIds(List<Long> serviceIds) {
        this.serviceIds = serviceIds;
    }

    public List<ContactRow> getContacts() {
        return contacts;
    }
}
