package dev.gemba.survey.control;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.catalog.entity.BusinessUnit;
import dev.gemba.feedback.boundary.FeedbackForm;
import dev.gemba.feedback.boundary.FeedbackService;
import dev.gemba.feedback.boundary.FeedbackSummary;
import dev.gemba.feedback.entity.Channel;
import dev.gemba.feedback.entity.Feedback;
import dev.gemba.platform.boundary.CallerLocale;
import dev.gemba.platform.boundary.FieldError;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.survey.boundary.RespondentPage;
import dev.gemba.survey.entity.QuestionType;
import dev.gemba.survey.entity.SurveyAnswer;
import dev.gemba.survey.entity.SurveyInvitation;
import dev.gemba.survey.entity.SurveyQuestion;
import dev.gemba.survey.entity.SurveyResponse;
import dev.gemba.survey.entity.SurveyVersion;
import dev.gemba.touchpoint.boundary.FeedbackFollowUp;
import dev.gemba.touchpoint.boundary.FollowUpService;

/**
 * Turns answers into a stored response: checks them against the version's questions, copies the
 * headline scores, sends free text to the feedback inbox (analysed like any feedback) and raises a
 * follow-up for the business unit's relationship manager when a low score comes with a comment.
 */
@Stateless
public class ResponseRecorder {

    /** Scores at or below these count as low (CES: 1–7, higher is easier). */
    static final int LOW_CSAT = 2;

    static final int LOW_NPS = 6;
    static final int LOW_CES = 3;
    static final int FOLLOW_UP_DAYS = 3;

    @EJB
    FeedbackService feedback;

    @EJB
    FollowUpService followUps;

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    @Inject
    SurveyRepository surveys;

    public RespondentPage page(SurveyInvitation invitation, String language, Map<String, String> answers) {
        SurveyVersion version = invitation.getSurveyVersion();
        return new RespondentPage(
                RespondentPage.State.OPEN,
                invitation.getSurvey().title(language),
                language,
                invitation.getSurvey().isAnonymous(),
                questions(version, language),
                answers,
                invitation.getExpiresAt());
    }

    public static List<RespondentPage.Question> questions(SurveyVersion version, String language) {
        return version.getQuestions().stream()
                .map(q -> new RespondentPage.Question(
                        q.getCode(),
                        q.getType(),
                        q.isRequired(),
                        q.text(language),
                        q.choices(language),
                        q.getType().min(),
                        q.getType().max(),
                        q.getShowIfCode(),
                        q.getShowIfMin(),
                        q.getShowIfMax()))
                .toList();
    }

    /** Records a submission through an invitation link. */
    public SurveyResponse record(SurveyInvitation invitation, Map<String, String> given, String language, Instant now) {
        boolean anonymous = invitation.getSurvey().isAnonymous();
        var response = new SurveyResponse(
                invitation.getSurveyVersion(),
                now,
                language,
                invitation.getScope().getPhase());
        response.context(
                invitation.getScope().getBusinessUnit(), invitation.getScope().getService(), invitation.getTier());
        if (!anonymous) {
            response.linkInvitation(invitation);
        }
        invitation.answered(now);
        store(
                response,
                given,
                anonymous ? null : invitation.getContactName(),
                anonymous ? null : invitation.getContactEmail(),
                anonymous ? null : invitation.getTicketRef(),
                now);
        return response;
    }

    /**
     * Checks the answers, stores the response with them, and passes comments on to feedback.
     * Imports call this too, with the response's context already set.
     */
    public void store(
            SurveyResponse response,
            Map<String, String> given,
            String contactName,
            String contactEmail,
            String ticketRef,
            Instant now) {
        SurveyVersion version = response.getSurveyVersion();
        Map<String, String> answers = checked(version, given);
        for (SurveyQuestion q : version.getQuestions()) {
            String value = answers.get(q.getCode());
            if (value != null) {
                response.getAnswers()
                        .add(
                                q.getType() == QuestionType.FREE_TEXT || q.getType() == QuestionType.MULTIPLE_CHOICE
                                        ? new SurveyAnswer(q.getId(), null, value)
                                        : new SurveyAnswer(q.getId(), Integer.valueOf(value), null));
            }
        }
        response.scores(
                headline(version, QuestionType.CSAT, answers),
                headline(version, QuestionType.NPS, answers),
                headline(version, QuestionType.CES, answers));
        em.persist(response);
        em.flush();
        String comment = version.getQuestions().stream()
                .filter(q -> q.getType() == QuestionType.FREE_TEXT && answers.containsKey(q.getCode()))
                .map(q -> answers.get(q.getCode()))
                .reduce((a, b) -> a + "\n\n" + b)
                .orElse(null);
        if (comment == null) {
            return;
        }
        FeedbackSummary item = feedback.recordSurveyComment(
                new FeedbackForm(
                        response.getSubmittedAt().isAfter(now) ? now : response.getSubmittedAt(),
                        Channel.SURVEY,
                        comment.length() > Feedback.MAX_TEXT ? comment.substring(0, Feedback.MAX_TEXT) : comment,
                        contactName,
                        contactEmail,
                        idOf(response.getScope().getBusinessUnit()),
                        response.getScope().getService() == null
                                ? Set.of()
                                : Set.of(response.getScope().getService().getId()),
                        response.getTier(),
                        ticketRef,
                        "survey-response-" + response.getId(),
                        Set.of("survey")),
                "survey",
                label(response));
        response.setFeedback(em.getReference(Feedback.class, item.id()));
        if (low(response)) {
            followUp(item.id(), response, contactName);
        }
    }

    /** The action goes to the unit's relationship manager, in the language the survey was answered in. */
    private void followUp(long feedbackId, SurveyResponse response, String contactName) {
        BusinessUnit unit = response.getScope().getBusinessUnit();
        if (unit == null || unit.getRelationshipManager() == null) {
            return; // nobody to own it: the comment is still in the inbox, marked by its score
        }
        String text;
        try (var language = CallerLocale.use(
                response.getLanguage() == null ? Locale.ENGLISH : Locale.forLanguageTag(response.getLanguage()))) {
            text = contactName == null
                    ? text("follow-up.low-score.anonymous", scoresText(response))
                    : text("follow-up.low-score", scoresText(response), contactName);
        }
        followUps.raise(new FeedbackFollowUp(
                feedbackId,
                unit.getId(),
                text,
                unit.getRelationshipManager().getUsername(),
                LocalDate.ofInstant(Instant.now(), ZoneOffset.UTC).plusDays(FOLLOW_UP_DAYS)));
    }

    static boolean low(SurveyResponse r) {
        return (r.getCsat() != null && r.getCsat() <= LOW_CSAT)
                || (r.getNps() != null && r.getNps() <= LOW_NPS)
                || (r.getCes() != null && r.getCes() <= LOW_CES);
    }

    static String label(SurveyResponse r) {
        String scores = scoresText(r);
        String label = r.getSurvey().getName() + " v" + r.getSurveyVersion().getNumber()
                + (scores.isEmpty() ? "" : " · " + scores);
        return label.length() > 200 ? label.substring(0, 200) : label;
    }

    static String scoresText(SurveyResponse r) {
        List<String> parts = new ArrayList<>();
        if (r.getCsat() != null) {
            parts.add("CSAT " + r.getCsat() + "/5");
        }
        if (r.getNps() != null) {
            parts.add("NPS " + r.getNps() + "/10");
        }
        if (r.getCes() != null) {
            parts.add("CES " + r.getCes() + "/7");
        }
        return String.join(" · ", parts);
    }

    private static Long idOf(BusinessUnit unit) {
        return unit == null ? null : unit.getId();
    }

    private static Integer headline(SurveyVersion version, QuestionType type, Map<String, String> answers) {
        return version.headline(type)
                .map(q -> answers.get(q.getCode()))
                .map(Integer::valueOf)
                .orElse(null);
    }

    /**
     * The answers that count, normalised: visible questions only, scores in range, choices by
     * index. Every problem is reported against the question's code.
     */
    public static Map<String, String> checked(SurveyVersion version, Map<String, String> given) {
        Map<String, String> answers = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        var questions = questions(version, "en");
        for (RespondentPage.Question q : questions) {
            if (!q.visible(answers)) {
                continue;
            }
            String raw = given.get(q.code());
            String value = raw == null || raw.isBlank() ? null : raw.strip();
            if (value == null) {
                if (q.required()) {
                    errors.add(new FieldError(q.code(), text("answer.required")));
                }
                continue;
            }
            String problem = problem(q, value);
            if (problem != null) {
                errors.add(new FieldError(q.code(), problem));
            } else {
                answers.put(q.code(), normalised(q, value));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return answers;
    }

    private static String problem(RespondentPage.Question q, String value) {
        switch (q.type()) {
            case FREE_TEXT:
                return value.length() > 4000 ? text("answer.too-long") : null;
            case MULTIPLE_CHOICE:
                for (String part : value.split(",")) {
                    if (!index(part.strip(), q.choices().size())) {
                        return text("answer.choose");
                    }
                }
                return null;
            case SINGLE_CHOICE:
                return index(value, q.choices().size()) ? null : text("answer.choose");
            default:
                try {
                    int score = Integer.parseInt(value);
                    return score < q.min() || score > q.max() ? text("answer.score", q.min(), q.max()) : null;
                } catch (NumberFormatException e) {
                    return text("answer.score", q.min(), q.max());
                }
        }
    }

    private static boolean index(String value, int size) {
        try {
            int i = Integer.parseInt(value);
            return i >= 0 && i < size;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String normalised(RespondentPage.Question q, String value) {
        if (q.type() == QuestionType.MULTIPLE_CHOICE) {
            TreeSet<Integer> chosen = new TreeSet<>();
            for (String part : value.split(",")) {
                chosen.add(Integer.parseInt(part.strip()));
            }
            return String.join(",", chosen.stream().map(String::valueOf).toList());
        }
        return q.type() == QuestionType.FREE_TEXT ? value : String.valueOf(Integer.parseInt(value));
    }
}
