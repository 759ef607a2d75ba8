package dev.gemba.survey.boundary;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import dev.gemba.platform.boundary.FieldError;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.boundary.RecordNotFoundException;
import dev.gemba.platform.boundary.StaleUpdateException;
import dev.gemba.platform.control.InputValidator;
import dev.gemba.security.entity.Role;
import dev.gemba.survey.control.SurveyRepository;
import dev.gemba.survey.entity.QuestionType;
import dev.gemba.survey.entity.Survey;
import dev.gemba.survey.entity.SurveyVersion;

/**
 * Survey definitions. Relationship managers and admins write them; everyone who reads scores may
 * read them. Changing the questions of a version that anybody was invited to or answered creates
 * a new version; answers keep the version they were given to.
 */
@Stateless
@RolesAllowed(Role.PERSON_NAME)
public class SurveyService {

    @Inject
    SurveyRepository surveys;

    @Inject
    InputValidator validator;

    @Resource
    SessionContext session;

    public List<SurveyDetails> list() {
        Map<Long, Long> responses = surveys.responsesByVersion();
        return surveys.list().stream().map(s -> SurveyDetails.of(s, responses)).toList();
    }

    public SurveyDetails get(long id) {
        Survey survey = load(id);
        return SurveyDetails.of(survey, surveys.responsesByVersion(id));
    }

    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
    public SurveyDetails create(SurveyForm form) {
        check(form);
        Survey survey = new Survey(form.name().strip(), form.kind(), form.anonymous(), caller());
        survey.translate(form.nameDe());
        survey.addVersion(caller()).replaceQuestions(questions(form));
        surveys.store(survey);
        surveys.flush();
        return SurveyDetails.of(survey, Map.of());
    }

    /** Renames, or changes the questions: in place while unused, else as a new version. */
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
    public SurveyDetails update(long id, SurveyForm form) {
        check(form);
        Survey survey = load(id);
        if (form.version() == null) {
            throw new InvalidInputException("version", text("version.required"));
        }
        if (form.version() != survey.getVersion()) {
            throw new StaleUpdateException("survey", id, form.version(), survey.getVersion());
        }
        survey.rename(form.name().strip(), form.kind(), form.anonymous());
        survey.translate(form.nameDe());
        SurveyVersion current = survey.current();
        List<QuestionForm> before =
                current.getQuestions().stream().map(QuestionForm::of).toList();
        List<QuestionForm> after =
                questions(form).stream().map(QuestionForm::of).toList();
        if (!before.equals(after)) {
            SurveyVersion target = surveys.inUse(current) ? survey.addVersion(caller()) : current;
            target.replaceQuestions(questions(form));
            survey.touch();
            surveys.bumpVersion(survey);
        }
        surveys.flush();
        return SurveyDetails.of(survey, surveys.responsesByVersion(id));
    }

    /** A retired survey keeps its answers and scores but gets no new invitations. */
    @RolesAllowed({Role.ADMIN_NAME, Role.RELATIONSHIP_MANAGER_NAME})
    public SurveyDetails retire(long id, boolean retired) {
        Survey survey = load(id);
        survey.setRetired(retired);
        surveys.flush();
        return SurveyDetails.of(survey, surveys.responsesByVersion(id));
    }

    private List<dev.gemba.survey.entity.SurveyQuestion> questions(SurveyForm form) {
        return form.questions().stream().map(QuestionForm::toQuestion).toList();
    }

    /** Rules Bean Validation cannot express: unique codes, choices, conditions on earlier scores. */
    private void check(SurveyForm form) {
        validator.check(form);
        List<FieldError> errors = new ArrayList<>();
        Map<String, QuestionType> earlier = new java.util.HashMap<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < form.questions().size(); i++) {
            QuestionForm q = form.questions().get(i);
            String at = "questions[" + i + "]";
            if (!codes.add(q.code())) {
                errors.add(new FieldError(at + ".code", text("question.code-taken", q.code())));
            }
            if (q.type().hasChoices()) {
                if (q.choicesEn().size() < 2) {
                    errors.add(new FieldError(at + ".choicesEn", text("question.two-choices")));
                }
                if (q.choicesDe().size() != q.choicesEn().size()) {
                    errors.add(new FieldError(at + ".choicesDe", text("question.choices-in-step")));
                }
            }
            if (q.showIfCode() != null) {
                QuestionType on = earlier.get(q.showIfCode());
                if (on == null || !on.scored()) {
                    errors.add(new FieldError(at + ".showIfCode", text("question.condition-earlier")));
                } else if (q.showIfMin() == null && q.showIfMax() == null) {
                    errors.add(new FieldError(at + ".showIfMax", text("question.condition-bounds")));
                } else if (outside(q.showIfMin(), on) || outside(q.showIfMax(), on)) {
                    errors.add(new FieldError(at + ".showIfMax", text("question.condition-range", on.min(), on.max())));
                }
            }
            earlier.put(q.code(), q.type());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static boolean outside(Integer bound, QuestionType type) {
        return bound != null && (bound < type.min() || bound > type.max());
    }

    private Survey load(long id) {
        return surveys.find(id).orElseThrow(() -> new RecordNotFoundException("survey", id));
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
