package dev.gemba.survey.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dev.gemba.platform.web.FormErrors;
import dev.gemba.survey.boundary.SurveyDetails;
import dev.gemba.survey.boundary.SurveyForm;
import dev.gemba.survey.boundary.SurveyService;
import dev.gemba.survey.entity.QuestionType;
import dev.gemba.survey.entity.SurveyKind;

/**
 * Backs surveys/surveys.xhtml: the list of surveys and an editor for one. Saving changed
 * questions of a survey in use starts a new version (the service decides).
 */
@Named
@ViewScoped
public class SurveysView implements Serializable {

    @EJB
    SurveyService surveys;

    @Inject
    FormErrors formErrors;

    private List<SurveyDetails> list;
    private Long editingId;
    private Long editingVersion;
    private String name;
    private String nameDe;
    private SurveyKind kind = SurveyKind.TRANSACTIONAL;
    private boolean anonymous;
    private List<QuestionRow> questions = new ArrayList<>();
    private SurveyDetails editing;

    @PostConstruct
    void load() {
        list = surveys.list();
    }

    public void startNew() {
        editingId = null;
        editingVersion = null;
        editing = null;
        name = null;
        nameDe = null;
        kind = SurveyKind.TRANSACTIONAL;
        anonymous = false;
        questions = new ArrayList<>();
        addQuestion();
    }

    public void edit(long id) {
        editing = surveys.get(id);
        editingId = editing.id();
        editingVersion = editing.version();
        name = editing.name();
        nameDe = editing.nameDe();
        kind = editing.kind();
        anonymous = editing.anonymous();
        questions = new ArrayList<>(
                editing.questions().stream().map(QuestionRow::of).toList());
    }

    public void addQuestion() {
        QuestionRow row = new QuestionRow();
        row.setCode("q" + (questions.size() + 1));
        row.setType(QuestionType.FREE_TEXT);
        questions.add(row);
    }

    public void removeQuestion(QuestionRow row) {
        questions.remove(row);
    }

    public void save() {
        var form = new SurveyForm(
                name,
                nameDe,
                kind,
                anonymous,
                questions.stream().map(QuestionRow::toForm).toList(),
                editingVersion);
        formErrors.attempt("editor", () -> {
            SurveyDetails saved = editingId == null ? surveys.create(form) : surveys.update(editingId, form);
            edit(saved.id());
            load();
        });
    }

    public void retire(long id) {
        surveys.retire(id, true);
        load();
    }

    public boolean isEditorOpen() {
        return editingId != null || !questions.isEmpty();
    }

    public List<SurveyDetails> getList() {
        return list;
    }

    public SurveyDetails getEditing() {
        return editing;
    }

    public SurveyKind[] getKinds() {
        return SurveyKind.values();
    }

    public QuestionType[] getTypes() {
        return QuestionType.values();
    }

    public Long getEditingId() {
        return editingId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameDe() {
        return nameDe;
    }

    public void setNameDe(String nameDe) {
        this.nameDe = nameDe;
    }

    public SurveyKind getKind() {
        return kind;
    }

    public void setKind(SurveyKind kind) {
        this.kind = kind;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public void setAnonymous(boolean anonymous) {
        this.anonymous = anonymous;
    }

    public List<QuestionRow> getQuestions() {
        return questions;
    }
}
