package dev.gemba.notice.web;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dev.gemba.notice.boundary.AnnounceForm;
import dev.gemba.notice.boundary.NoticeEntry;
import dev.gemba.notice.boundary.NoticeService;
import dev.gemba.platform.web.FormErrors;
import dev.gemba.platform.web.Messages;

/**
 * Backs the notices section of improvements/item.xhtml (WEB-INF/includes/item-notices.xhtml): who
 * was told of which status change and when, and the owner's "announce" action.
 */
@Named
@ViewScoped
public class ItemNoticesView implements Serializable {

    @EJB
    NoticeService notices;

    @Inject
    FacesContext faces;

    @Inject
    FormErrors formErrors;

    @Inject
    Messages messages;

    private Long itemId;
    private List<NoticeEntry> entries;

    /** The item's notices, read once per view and after an announcement. */
    public List<NoticeEntry> of(long id) {
        if (entries == null || itemId == null || itemId != id) {
            itemId = id;
            entries = notices.ofItem(id);
        }
        return entries;
    }

    /** Announces the item's latest status change; a change announced before shows as a message. */
    public void announce(long id) {
        if (formErrors.attempt("notices", () -> notices.announce(id, new AnnounceForm(null)))) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, messages.get("notice.announced"), ""));
        }
        entries = null;
    }
}
