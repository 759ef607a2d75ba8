package dev.gemba.touchpoint.web;

import java.io.Serializable;
import java.time.LocalDate;

import dev.gemba.touchpoint.boundary.FollowUpDetails;
import dev.gemba.touchpoint.boundary.FollowUpEntry;
import dev.gemba.touchpoint.entity.FollowUpStatus;

/** One editable follow-up action row of the touchpoint form. */
public class FollowUpRow implements Serializable {

    private Long id;
    private String text;
    private String owner;
    private LocalDate dueDate;
    private FollowUpStatus status = FollowUpStatus.OPEN;

    static FollowUpRow of(FollowUpDetails details) {
        var row = new FollowUpRow();
        row.id = details.id();
        row.text = details.text();
        row.owner = details.owner();
        row.dueDate = details.dueDate();
        row.status = details.status();
        return row;
    }

    static FollowUpRow ownedBy(String owner) {
        var row = new FollowUpRow();
        row.owner = owner;
        return row;
    }

    boolean isBlank() {
        return id == null && (text == null || text.isBlank());
    }

    FollowUpEntry toEntry() {
        return new FollowUpEntry(id, text, owner, dueDate, status);
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public FollowUpStatus getStatus() {
        return status;
    }

    public void setStatus(FollowUpStatus status) {
        this.status = status;
    }
}
