package dev.gemba.survey.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.IntStream;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import dev.gemba.platform.boundary.CallerLocale;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.survey.boundary.RespondentPage;
import dev.gemba.survey.boundary.RespondentPage.Question;
import dev.gemba.survey.boundary.RespondentPage.State;
import dev.gemba.survey.boundary.ResponseService;
import dev.gemba.survey.entity.QuestionType;

/**
 * Backs respond.xhtml, the public page a respondent reaches from the invitation link (no
 * sign-in). Answers can be saved and resumed until submitted; problems show next to their question.
 */
@Named
@ViewScoped
public class RespondView implements Serializable {

    @EJB
    ResponseService responses;

    private String token;
    private String lang;
    private RespondentPage page;
    private final Map<String, String> answers = new HashMap<>();
    private final Map<String, Choices> chosen = new HashMap<>();
    private final Map<String, String> errors = new HashMap<>();
    private boolean saved;

    public void load() {
        page = responses.open(token, lang);
        answers.clear();
        chosen.clear();
        answers.putAll(page.answers());
        for (Question q : page.questions()) {
            if (q.type() == QuestionType.MULTIPLE_CHOICE) {
                String value = answers.get(q.code());
                chosen.put(
                        q.code(),
                        new Choices(value == null || value.isBlank() ? List.of() : List.of(value.split(","))));
            }
        }
    }

    public void save() {
        errors.clear();
        try {
            State state;
            try (var language = inPageLanguage()) {
                state = responses.save(token, collected());
            }
            saved = state == State.OPEN;
            if (!saved) {
                load();
            }
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> errors.put(error.field(), error.message()));
        }
    }

    public void submit() {
        errors.clear();
        saved = false;
        try {
            try (var language = inPageLanguage()) {
                responses.submit(token, collected(), page.language());
            }
            page = new RespondentPage(
                    State.ANSWERED, page.surveyName(), page.language(), page.anonymous(), List.of(), Map.of(), null);
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> errors.put(error.field(), error.message()));
        }
    }

    /** Problems are written in the survey page's language, which the respondent chose, not the browser's. */
    private CallerLocale.Scope inPageLanguage() {
        return CallerLocale.use(Locale.forLanguageTag(page.language()));
    }

    private Map<String, String> collected() {
        Map<String, String> all = new HashMap<>(answers);
        chosen.forEach((code, choices) -> all.put(code, String.join(",", choices.getIndexes())));
        return all;
    }

    public boolean visible(Question q) {
        return q.visible(answers);
    }

    /** Score values as strings, the type the answers are held in, so the current choice shows selected. */
    public List<String> range(Question q) {
        return IntStream.rangeClosed(q.min(), q.max()).mapToObj(String::valueOf).toList();
    }

    /**
     * The points of a score question, each with the words a screen reader says after its number:
     * the scale's end labels at its ends and, where the page's texts name them, the points between.
     */
    public List<ScalePoint> scale(Question q) {
        ResourceBundle texts = getT();
        String type = q.type().name().toLowerCase(Locale.ROOT);
        return IntStream.rangeClosed(q.min(), q.max())
                .mapToObj(n -> {
                    String words = null;
                    if (texts.containsKey(type + "." + n)) {
                        words = texts.getString(type + "." + n);
                    } else if (n == q.min()) {
                        words = texts.getString(type + ".low");
                    } else if (n == q.max()) {
                        words = texts.getString(type + ".high");
                    }
                    return new ScalePoint(String.valueOf(n), words);
                })
                .toList();
    }

    /** One point of a rating scale: its value and the words that name it (none in the middle of a scale). */
    public record ScalePoint(String value, String words) implements Serializable {

        /** What a screen reader announces: "4, satisfied", or just the number. */
        public String name() {
            return words == null ? value : value + ", " + words;
        }
    }

    /**
     * A score was chosen: the questions shown on a condition are drawn again, and a question
     * answered since its problem was shown no longer shows it.
     */
    public void answered() {
        errors.keySet().removeIf(code -> {
            String answer = answers.get(code);
            return answer != null && !answer.isBlank();
        });
    }

    public List<String> indexes(Question q) {
        return IntStream.range(0, q.choices().size()).mapToObj(String::valueOf).toList();
    }

    /** The page's texts in the respondent's language. */
    public ResourceBundle getT() {
        return ResourceBundle.getBundle("dev.gemba.i18n.respond", getLocale());
    }

    public Locale getLocale() {
        return page == null ? Locale.ENGLISH : Locale.forLanguageTag(page.language());
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getLang() {
        return lang;
    }

    public void setLang(String lang) {
        this.lang = lang;
    }

    public RespondentPage getPage() {
        return page;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public Map<String, Choices> getChosen() {
        return chosen;
    }

    public Map<String, String> getErrors() {
        return errors;
    }

    public boolean isSaved() {
        return saved;
    }

    /**
     * The ticked choices of one multiple-choice question. A typed property, not a map entry: JSF
     * stores a selectMany value bound to a map entry as a String[] (the map's value type is not
     * known at run time), which the page then could not read back as a list.
     */
    public static class Choices implements Serializable {

        private List<String> indexes;

        Choices(List<String> indexes) {
            this.indexes = new ArrayList<>(indexes);
        }

        public List<String> getIndexes() {
            return indexes;
        }

        public void setIndexes(List<String> indexes) {
            this.indexes = indexes == null ? new ArrayList<>() : new ArrayList<>(indexes);
        }
    }
}
