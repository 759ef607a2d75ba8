package dev.gemba.importing.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dev.gemba.importing.boundary.ImportField;
import dev.gemba.importing.boundary.ImportKind;
import dev.gemba.importing.boundary.ImportOption;
import dev.gemba.importing.boundary.ImportPreview;
import dev.gemba.importing.boundary.ImportRowError;
import dev.gemba.importing.boundary.ImportService;
import dev.gemba.importing.boundary.ImportStatus;
import dev.gemba.importing.entity.ImportFormat;
import dev.gemba.importing.entity.ImportState;
import dev.gemba.platform.boundary.PageRequest;
import dev.gemba.platform.web.FormErrors;
import dev.gemba.platform.web.Messages;
import org.primefaces.event.FileUploadEvent;

/**
 * Backs importing/import.xhtml: choose what the file holds (among the kinds the user may import)
 * and the kind's settings, upload a CSV or JSONL file, confirm the suggested column mapping,
 * start the import and watch its progress and refused rows.
 */
@Named
@ViewScoped
public class ImportView implements Serializable {

    @EJB
    ImportService imports;

    @Inject
    FormErrors formErrors;

    @Inject
    Messages messages;

    private List<ImportKind> kinds = List.of();
    private String kind;
    private final Map<String, String> options = new HashMap<>();
    private ImportPreview preview;
    private List<ImportField> fields = List.of();
    private ImportFormat format;
    private final Map<String, String> mapping = new LinkedHashMap<>();
    private String timeZone = ZoneId.systemDefault().getId();
    private List<ImportRowError> errors = List.of();
    private ImportStatus selected;
    private Long started;

    @PostConstruct
    void init() {
        kinds = imports.kinds();
        if (!kinds.isEmpty()) {
            choose(kinds.get(0).name());
        }
    }

    /** Another kind: its settings start at their defaults. */
    public void choose(String name) {
        kind = name;
        options.clear();
        for (ImportOption option : getKindOptions()) {
            String initial = option.defaultValue() != null
                    ? option.defaultValue()
                    : option.choices().isEmpty()
                            ? null
                            : option.choices().get(0).value();
            options.put(option.key(), initial);
        }
    }

    public void kindChanged() {
        choose(kind);
    }

    /** The format a file's name says: a workbook, JSON lines, or else CSV. */
    static ImportFormat formatOf(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return ImportFormat.XLSX;
        }
        return name.matches(".*\\.(jsonl|ndjson|json)$") ? ImportFormat.JSONL : ImportFormat.CSV;
    }

    public void upload(FileUploadEvent event) throws IOException {
        cancel(); // a second file replaces the first
        String name = event.getFile().getFileName();
        format = formatOf(name);
        try (InputStream content = event.getFile().getInputStream()) {
            if (formErrors.attempt("import", () -> {
                fields = imports.fields(kind, options);
                preview = imports.stage(kind, options, content, name, format);
            })) {
                mapping.clear();
                for (ImportField field : fields) {
                    mapping.put(field.key(), preview.suggestedMapping().get(field.key()));
                }
            }
        }
    }

    public void start() {
        if (preview == null) {
            return;
        }
        if (formErrors.attempt("import", () -> {
            ImportStatus created =
                    imports.create(kind, options, preview.token(), preview.fileName(), format, mapping, timeZone);
            imports.launch(created.id());
            started = created.id();
        })) {
            preview = null;
        }
    }

    public void cancel() {
        if (preview != null) {
            imports.discard(preview.token());
            preview = null;
        }
    }

    /** Leaving the page (or the session ending) with a preview open cancels it: its upload is deleted. */
    @PreDestroy
    void discardUnstarted() {
        try {
            cancel();
        } catch (RuntimeException e) {
            // the session may be gone already; the nightly clean-up removes the file then
        }
    }

    public void showErrors(ImportStatus status) {
        selected = status;
        errors = imports.errors(status.id(), new PageRequest(0, 200, null, false))
                .items();
    }

    public List<ImportStatus> getImports() {
        return imports.list(null, new PageRequest(0, 20, null, false)).items();
    }

    public boolean isRunning() {
        return getImports().stream()
                .anyMatch(i -> i.status() == ImportState.RUNNING || i.status() == ImportState.QUEUED);
    }

    /** The import started on this page, while it runs and once it is over; null before one is started. */
    public ImportStatus getStarted() {
        return started == null
                ? null
                : getImports().stream()
                        .filter(i -> i.id() == started)
                        .findFirst()
                        .orElse(null);
    }

    /** What the page says about the import started here: that it runs, or how it ended. */
    public String getNote() {
        ImportStatus status = getStarted();
        if (status == null) {
            return null;
        }
        return switch (status.status()) {
            case QUEUED, RUNNING -> messages.get("import.running");
            case COMPLETED -> messages.get(
                    "import.finished", status.rowsImported(), status.rowsDuplicate(), status.rowsFailed());
            case FAILED -> messages.get("import.failedNote", status.fileName());
        };
    }

    /** A kind's name in the reader's language, for the table of imports. */
    public String kindLabel(String name) {
        return kinds.stream()
                .filter(k -> k.name().equals(name))
                .map(ImportKind::label)
                .findFirst()
                .orElse(name);
    }

    public List<ImportKind> getKinds() {
        return kinds;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    /** The settings of the chosen kind. */
    public List<ImportOption> getKindOptions() {
        return kinds.stream()
                .filter(k -> k.name().equals(kind))
                .findFirst()
                .map(ImportKind::options)
                .orElse(List.of());
    }

    public Map<String, String> getOptions() {
        return options;
    }

    public List<ImportField> getFields() {
        return fields;
    }

    public ImportPreview getPreview() {
        return preview;
    }

    public Map<String, String> getMapping() {
        return mapping;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    /** Zone names to choose from, sorted; the server's own among them even when it is an offset, not a name. */
    public List<String> getTimeZones() {
        var zones = new TreeSet<>(ZoneId.getAvailableZoneIds());
        zones.add(ZoneId.systemDefault().getId());
        return List.copyOf(zones);
    }

    public List<ImportRowError> getErrors() {
        return errors;
    }

    public ImportStatus getSelected() {
        return selected;
    }
}
