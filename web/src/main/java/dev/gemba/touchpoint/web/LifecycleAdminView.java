package dev.gemba.touchpoint.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dev.gemba.platform.web.FormErrors;
import dev.gemba.touchpoint.boundary.TouchpointVocabularyService;
import dev.gemba.touchpoint.boundary.TouchpointVocabularyService.Kind;
import dev.gemba.touchpoint.boundary.VocabularyEntry;
import dev.gemba.touchpoint.boundary.VocabularyForm;
import dev.gemba.touchpoint.entity.LifecyclePhase;

/** Backs admin/lifecycle.xhtml: admins add, rename and retire touchpoint types and checklist items per phase. */
@Named
@ViewScoped
public class LifecycleAdminView implements Serializable {

    @EJB
    TouchpointVocabularyService vocabulary;

    @Inject
    FormErrors formErrors;

    private LifecyclePhase phase = LifecyclePhase.STRATEGY;
    private List<Row> types;
    private List<Row> information;
    private String newType;
    private String newTypeDe;
    private String newInformation;
    private String newInformationDe;

    /** An editable entry. */
    public static class Row implements Serializable {
        private final long id;
        private final long version;
        private String name;
        private String nameDe;
        private boolean retired;

        Row(VocabularyEntry e) {
            id = e.id();
            version = e.version();
            name = e.name();
            nameDe = e.nameDe();
            retired = e.retired();
        }

        public long getId() {
            return id;
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

        public boolean isRetired() {
            return retired;
        }

        public void setRetired(boolean retired) {
            this.retired = retired;
        }
    }

    @PostConstruct
    public void reload() {
        types = rows(Kind.TYPE);
        information = rows(Kind.INFORMATION);
    }

    private List<Row> rows(Kind kind) {
        return new ArrayList<>(
                vocabulary.list(kind, phase, true).stream().map(Row::new).toList());
    }

    public void saveType(Row row) {
        save(Kind.TYPE, row);
    }

    public void saveInformation(Row row) {
        save(Kind.INFORMATION, row);
    }

    private void save(Kind kind, Row row) {
        if (formErrors.attempt(
                "lifecycle",
                // the page shows the German name, so an empty field means none
                () -> vocabulary.change(
                        kind,
                        row.id,
                        new VocabularyForm(
                                phase, row.name, row.nameDe == null ? "" : row.nameDe, row.retired, row.version)))) {
            reload();
        }
    }

    public void addType() {
        if (formErrors.attempt(
                "lifecycle",
                () -> vocabulary.add(Kind.TYPE, new VocabularyForm(phase, newType, newTypeDe, false, null)))) {
            newType = null;
            newTypeDe = null;
            reload();
        }
    }

    public void addInformation() {
        if (formErrors.attempt(
                "lifecycle",
                () -> vocabulary.add(
                        Kind.INFORMATION, new VocabularyForm(phase, newInformation, newInformationDe, false, null)))) {
            newInformation = null;
            newInformationDe = null;
            reload();
        }
    }

    public LifecyclePhase[] getPhases() {
        return LifecyclePhase.values();
    }

    public LifecyclePhase getPhase() {
        return phase;
    }

    public void setPhase(LifecyclePhase phase) {
        this.phase = phase;
    }

    public List<Row> getTypes() {
        return types;
    }

    public List<Row> getInformation() {
        return information;
    }

    public String getNewType() {
        return newType;
    }

    public void setNewType(String newType) {
        this.newType = newType;
    }

    public String getNewInformation() {
        return newInformation;
    }

    public void setNewInformation(String newInformation) {
        this.newInformation = newInformation;
    }

    public String getNewTypeDe() {
        return newTypeDe;
    }

    public void setNewTypeDe(String newTypeDe) {
        this.newTypeDe = newTypeDe;
    }

    public String getNewInformationDe() {
        return newInformationDe;
    }

    public void setNewInformationDe(String newInformationDe) {
        this.newInformationDe = newInformationDe;
    }
}
