package dev.gemba.mail.web;

import java.io.Serializable;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import dev.gemba.mail.boundary.UnsubscribeService;
import dev.gemba.mail.boundary.Unsubscribed;
import dev.gemba.platform.boundary.InvalidInputException;

/**
 * Backs the public unsubscribe.xhtml: the link's address and a button (a link with confirm=yes)
 * that opts it out. Opening the mail's link changes nothing by itself, so mail scanners that follow
 * links do not unsubscribe people; mail clients use the one-click POST of the API instead.
 */
@Named
@ViewScoped
public class UnsubscribeView implements Serializable {

    @EJB
    UnsubscribeService unsubscribes;

    private String token;
    private Unsubscribed state;

    private String confirm;

    /** Shows the link's state; with confirm=yes (the page's own button) opts the address out first. */
    public void load() {
        state = read("yes".equals(confirm));
    }

    private Unsubscribed read(boolean optOut) {
        try {
            return optOut ? unsubscribes.unsubscribe(token) : unsubscribes.status(token);
        } catch (InvalidInputException e) {
            return null;
        }
    }

    public String getToken() {
        return token;
    }

    /** Kept on postback, where the view parameter comes without the link's query. */
    public void setToken(String token) {
        if (token != null) {
            this.token = token;
        }
    }

    public String getConfirm() {
        return confirm;
    }

    public void setConfirm(String confirm) {
        this.confirm = confirm;
    }

    /** Null for a link that is not valid. */
    public Unsubscribed getState() {
        return state;
    }
}
