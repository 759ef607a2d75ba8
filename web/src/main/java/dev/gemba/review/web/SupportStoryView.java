package dev.gemba.review.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dev.gemba.platform.web.FormErrors;
import dev.gemba.review.boundary.ReviewExports;
import dev.gemba.review.boundary.StoryScope;

/**
 * Backs the support success story form on reviews/list.xhtml: a period and a scope, answered with
 * the PDF deck, or with the service's objections beside the fields.
 */
@Named
@ViewScoped
public class SupportStoryView implements Serializable {

    @EJB
    ReviewExports exports;

    @Inject
    FormErrors formErrors;

    @Inject
    FacesContext faces;

    private LocalDate from = LocalDate.now(ReviewListView.ZONE).minusMonths(3).withDayOfMonth(1);
    private LocalDate to = LocalDate.now(ReviewListView.ZONE).withDayOfMonth(1).minusDays(1);
    private String scope = StoryScope.ALL.toString();

    /** Sends the deck as a download; on a refused period or scope the page shows why beside the field. */
    public void download() throws IOException {
        byte[][] pdf = new byte[1][];
        if (!formErrors.attempt("story", () -> pdf[0] = exports.supportStory(from, to, scope))) {
            return;
        }
        var context = faces.getExternalContext();
        context.responseReset();
        context.setResponseContentType("application/pdf");
        context.setResponseContentLength(pdf[0].length);
        context.setResponseHeader(
                "Content-Disposition", "attachment; filename=\"support-success-story-" + from + "-" + to + ".pdf\"");
        context.getResponseOutputStream().write(pdf[0]);
        faces.responseComplete();
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

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }
}
