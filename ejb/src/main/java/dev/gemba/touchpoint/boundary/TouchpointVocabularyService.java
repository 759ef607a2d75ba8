package dev.gemba.touchpoint.boundary;

import static dev.gemba.platform.boundary.ServiceMessages.kind;
import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.util.Comparator;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import dev.gemba.platform.boundary.DuplicateException;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.boundary.RecordNotFoundException;
import dev.gemba.platform.boundary.StaleUpdateException;
import dev.gemba.platform.control.InputValidator;
import dev.gemba.security.entity.Role;
import dev.gemba.touchpoint.control.VocabularyRepository;
import dev.gemba.touchpoint.entity.InformationItem;
import dev.gemba.touchpoint.entity.LifecyclePhase;
import dev.gemba.touchpoint.entity.PhaseVocabulary;
import dev.gemba.touchpoint.entity.TouchpointType;

/** Touchpoint types and information checklists per phase: everyone reads, admins edit. */
@Stateless
@RolesAllowed(Role.ANY_SIGNED_IN)
public class TouchpointVocabularyService {

    /** Which vocabulary a call is about. */
    public enum Kind {
        TYPE(TouchpointType.class, "touchpoint type"),
        INFORMATION(InformationItem.class, "information item");

        final Class<? extends PhaseVocabulary> entity;
        final String label;

        Kind(Class<? extends PhaseVocabulary> entity, String label) {
            this.entity = entity;
            this.label = label;
        }
    }

    @Inject
    VocabularyRepository vocabulary;

    @Inject
    InputValidator validator;

    /** In lifecycle order, then the admin's order within a phase. */
    public List<VocabularyEntry> list(Kind kind, LifecyclePhase phase, boolean includeRetired) {
        return vocabulary.list(kind.entity, phase, includeRetired).stream()
                .map(VocabularyEntry::of)
                .sorted(Comparator.comparing(VocabularyEntry::phase).thenComparingInt(VocabularyEntry::position))
                .toList();
    }

    @RolesAllowed(Role.ADMIN_NAME)
    public VocabularyEntry add(Kind kind, VocabularyForm form) {
        validator.check(form);
        requireUnique(kind, form, null);
        int position = vocabulary.nextPosition(kind.entity, form.phase());
        if (kind == Kind.INFORMATION && position >= InformationItem.MAX_PER_PHASE) {
            throw new InvalidInputException("phase", text("information-item.too-many", InformationItem.MAX_PER_PHASE));
        }
        PhaseVocabulary entry = kind == Kind.TYPE
                ? new TouchpointType(form.phase(), form.name(), position)
                : new InformationItem(form.phase(), form.name(), position);
        entry.translate(form.nameDe());
        entry.setRetired(form.retired());
        vocabulary.store(entry);
        vocabulary.flush();
        return VocabularyEntry.of(entry);
    }

    /**
     * Renames or retires (or reinstates) an entry; past touchpoints keep pointing at it. Without a
     * German name in the form the entry keeps its own, unless the English name changes.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public VocabularyEntry change(Kind kind, long id, VocabularyForm form) {
        validator.check(form);
        PhaseVocabulary entry =
                vocabulary.find(kind.entity, id).orElseThrow(() -> new RecordNotFoundException(kind.label, id));
        if (form.version() == null) {
            throw new InvalidInputException("version", text("version.required"));
        }
        if (form.version() != entry.getVersion()) {
            throw new StaleUpdateException(kind.label, id, form.version(), entry.getVersion());
        }
        if (form.phase() != entry.getPhase()) {
            throw new InvalidInputException("phase", text("vocabulary.phase-fixed", form.phase()));
        }
        requireUnique(kind, form, id);
        boolean renamed = !entry.getName().equals(form.name().strip());
        entry.rename(form.name());
        if (form.nameDe() != null || renamed) {
            entry.translate(form.nameDe());
        }
        entry.setRetired(form.retired());
        vocabulary.flush();
        return VocabularyEntry.of(entry);
    }

    private void requireUnique(Kind kind, VocabularyForm form, Long exceptId) {
        vocabulary
                .findByName(kind.entity, form.phase(), form.name())
                .filter(existing -> !existing.getId().equals(exceptId))
                .ifPresent(existing -> {
                    throw new DuplicateException(
                            "name", text("vocabulary.name-taken", form.phase(), kind(kind.label), existing.getName()));
                });
    }
}
