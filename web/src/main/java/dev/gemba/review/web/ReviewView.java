package dev.gemba.review.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dev.gemba.platform.boundary.RecordNotFoundException;
import dev.gemba.platform.web.FormErrors;
import dev.gemba.platform.web.Messages;
import dev.gemba.review.boundary.ActionForm;
import dev.gemba.review.boundary.AgendaDraft;
import dev.gemba.review.boundary.AgendaPoint;
import dev.gemba.review.boundary.DecisionForm;
import dev.gemba.review.boundary.MinutesForm;
import dev.gemba.review.boundary.MinutesService;
import dev.gemba.review.boundary.ReviewDetails;
import dev.gemba.review.boundary.ReviewPack;
import dev.gemba.review.boundary.ReviewService;
import dev.gemba.security.boundary.UserRef;
import dev.gemba.security.boundary.UserService;

/**
 * Backs reviews/review.xhtml: the review's pack in agenda order, the agenda editor until publishing,
 * then the minutes with actions and decisions.
 */
@Named
@ViewScoped
public class ReviewView implements Serializable {

    @EJB
    ReviewService reviews;

    @EJB
    MinutesService minutes;

    @EJB
    UserService users;

    @EJB
    dev.gemba.review.boundary.ReviewMail mail;

    @Inject
    FacesContext faces;

    @Inject
    FormErrors formErrors;

    @Inject
    Messages messages;

    private Long id;
    private ReviewDetails review;
    private ReviewPack pack;
    private List<AgendaRow> agenda = new ArrayList<>();
    private String newPoint;
    private Map<Long, String> notes = new HashMap<>();
    private Long actionPoint;
    private String actionText;
    private String actionOwner;
    private LocalDate actionDue = LocalDate.now().plusDays(14);
    private DecisionForm.RaiseAs raiseAs = DecisionForm.RaiseAs.FINDING;
    private String decisionTitle;
    private String decisionStatement;

    /** An agenda point being edited: its id (null for a new one), section and title. */
    public static final class AgendaRow implements Serializable {
        private final Long id;
        private final String section;
        private String title;

        AgendaRow(Long id, String section, String title) {
            this.id = id;
            this.section = section;
            this.title = title;
        }

        public Long getId() {
            return id;
        }

        public String getSection() {
            return section;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }
    }

    public void load() throws IOException {
        try {
            review = id == null ? null : reviews.get(id);
        } catch (RecordNotFoundException e) {
            review = null;
        }
        if (review == null) {
            faces.getExternalContext().responseSendError(404, messages.get("review.notFound"));
            faces.responseComplete();
            return;
        }
        refresh(review);
    }

    private void refresh(ReviewDetails details) {
        review = details;
        pack = reviews.pack(id);
        agenda = new ArrayList<>(review.agenda().stream()
                .map(a -> new AgendaRow(
                        a.id(), a.section() == null ? null : a.section().name(), a.title()))
                .toList());
        notes = new HashMap<>();
        review.agenda().forEach(a -> notes.put(a.id(), a.notes()));
    }

    public void moveUp(int index) {
        if (index > 0) {
            agenda.add(index - 1, agenda.remove(index));
        }
    }

    public void moveDown(int index) {
        if (index < agenda.size() - 1) {
            agenda.add(index + 1, agenda.remove(index));
        }
    }

    public void remove(int index) {
        agenda.remove(index);
    }

    public void addPoint() {
        if (newPoint != null && !newPoint.isBlank()) {
            agenda.add(new AgendaRow(null, null, newPoint.strip()));
            newPoint = null;
        }
    }

    public void saveAgenda() {
        var draft = new AgendaDraft(
                agenda.stream().map(r -> new AgendaDraft.Point(r.id, r.title)).toList(), review.version());
        if (formErrors.attempt("agendaForm", () -> refresh(reviews.draftAgenda(id, draft)))) {
            info("review.agendaSaved");
        }
    }

    public void publish() {
        if (formErrors.attempt("review", () -> refresh(reviews.publish(id, review.version())))) {
            info("review.publishedMessage");
        }
    }

    public void mailPack() {
        dev.gemba.review.boundary.MailReceipt[] receipt = new dev.gemba.review.boundary.MailReceipt[1];
        if (formErrors.attempt("review", () -> receipt[0] = mail.mail(id))) {
            String text = messages.get("review.mailed", String.join(", ", receipt[0].sentTo()));
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        }
    }

    public void saveMinutes() {
        var form = new MinutesForm(
                review.agenda().stream()
                        .map(a -> new MinutesForm.Note(a.id(), notes.get(a.id())))
                        .toList(),
                review.version());
        if (formErrors.attempt("minutesForm", () -> refresh(minutes.record(id, form)))) {
            info("review.minutesSaved");
        }
    }

    public void addAction() {
        var form = new ActionForm(actionPoint, actionText, actionOwner, actionDue);
        if (formErrors.attempt("actionForm", () -> refresh(minutes.addAction(id, form)))) {
            actionText = null;
            info("review.actionAdded");
        }
    }

    public void raise() {
        var form = new DecisionForm(actionPoint, raiseAs, decisionTitle, decisionStatement);
        if (formErrors.attempt("decisionForm", () -> {
            minutes.raise(id, form);
            refresh(reviews.get(id));
        })) {
            decisionTitle = null;
            decisionStatement = null;
            info("review.decisionRaised");
        }
    }

    private void info(String key) {
        String text = messages.get(key);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /** The agenda point's title, for the list of what was raised. */
    public String pointTitle(Long pointId) {
        return pointId == null
                ? ""
                : review.agenda().stream()
                        .filter(a -> a.id() == pointId)
                        .map(AgendaPoint::title)
                        .findFirst()
                        .orElse("");
    }

    /** The improvement items of a pack section: all of them, or the delivered ones ("you said, we did"). */
    public List<ReviewPack.ImprovementLine> items(dev.gemba.review.entity.PackSection section) {
        return section == dev.gemba.review.entity.PackSection.YOU_SAID_WE_DID
                ? pack.youSaidWeDid()
                : pack.improvements();
    }

    public String figure(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.1f", value);
    }

    public String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    public List<UserRef> getPeople() {
        return users.people();
    }

    public DecisionForm.RaiseAs[] getRaiseAsValues() {
        return DecisionForm.RaiseAs.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ReviewDetails getReview() {
        return review;
    }

    public ReviewPack getPack() {
        return pack;
    }

    public List<AgendaRow> getAgenda() {
        return agenda;
    }

    public String getNewPoint() {
        return newPoint;
    }

    public void setNewPoint(String newPoint) {
        this.newPoint = newPoint;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public Long getActionPoint() {
        return actionPoint;
    }

    public void setActionPoint(Long actionPoint) {
        this.actionPoint = actionPoint;
    }

    public String getActionText() {
        return actionText;
    }

    public void setActionText(String actionText) {
        this.actionText = actionText;
    }

    public String getActionOwner() {
        return actionOwner;
    }

    public void setActionOwner(String actionOwner) {
        this.actionOwner = actionOwner;
    }

    public LocalDate getActionDue() {
        return actionDue;
    }

    public void setActionDue(LocalDate actionDue) {
        this.actionDue = actionDue;
    }

    public DecisionForm.RaiseAs getRaiseAs() {
        return raiseAs;
    }

    public void setRaiseAs(DecisionForm.RaiseAs raiseAs) {
        this.raiseAs = raiseAs;
    }

    public String getDecisionTitle() {
        return decisionTitle;
    }

    public void setDecisionTitle(String decisionTitle) {
        this.decisionTitle = decisionTitle;
    }

    public String getDecisionStatement() {
        return decisionStatement;
    }

    public void setDecisionStatement(String decisionStatement) {
        this.decisionStatement = decisionStatement;
    }
}
