package dev.gemba.feedback.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dev.gemba.feedback.entity.Channel;
import dev.gemba.feedback.entity.ImportFormat;
import dev.gemba.feedback.entity.ImportState;
import dev.gemba.feedback.importing.FeedbackImportService;
import dev.gemba.feedback.importing.ImportField;
import dev.gemba.feedback.importing.ImportPreview;
import dev.gemba.feedback.importing.ImportRowError;
import dev.gemba.feedback.importing.ImportStatus;
import dev.gemba.platform.boundary.PageRequest;
import dev.gemba.platform.web.FormErrors;
import dev.gemba.platform.web.Messages;
import org.primefaces.event.FileUploadEvent;

/**
 * Backs feedback/import.xhtml: upload a CSV or JSONL file, confirm the suggested column mapping,
 * start the import and watch its progress and refused rows.
 */
@Named
@ViewScoped
public class FeedbackImportView implements Serializable {

    @EJB
    FeedbackImportService imports;

    @Inject
    FormErrors formErrors;

    @Inject
    Messages messages;

    private ImportPreview preview;
    private ImportFormat format;
    private final Map<String, String> mapping = new LinkedHashMap<>();
    private Channel defaultChannel = Channel.OTHER;
    private String timeZone = java.time.ZoneId.systemDefault().getId();
    private List<ImportRowError> errors = List.of();
    private ImportStatus selected;
    private Long started;

    public void upload(FileUploadEvent event) throws IOException {
        cancel(); // a second file replaces the first
        String name = event.getFile().getFileName();
        format = name.toLowerCase(Locale.ROOT).matches(".*\\.(jsonl|ndjson|json)$")
                ? ImportFormat.JSONL
                : ImportFormat.CSV;
        try (InputStream content = event.getFile().getInputStream()) {
            if (formErrors.attempt("import", () -> preview = imports.stage(content, name, format))) {
                mapping.clear();
                for (ImportField field : ImportField.values()) {
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
                    imports.create(preview.token(), preview.fileName(), format, mapping, defaultChannel, timeZone);
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
        return imports.list(new PageRequest(0, 20, null, false)).items();
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

    public ImportField[] getFields() {
        return ImportField.values();
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public ImportPreview getPreview() {
        return preview;
    }

    public Map<String, String> getMapping() {
        return mapping;
    }

    public Channel getDefaultChannel() {
        return defaultChannel;
    }

    public void setDefaultChannel(Channel defaultChannel) {
        this.defaultChannel = defaultChannel;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    /** Zone names to choose from, sorted; the server's own among them even when it is an offset, not a name. */
    public List<String> getTimeZones() {
        var zones = new java.util.TreeSet<>(java.time.ZoneId.getAvailableZoneIds());
        zones.add(java.time.ZoneId.systemDefault().getId());
        return List.copyOf(zones);
    }

    public List<ImportRowError> getErrors() {
        return errors;
    }

    public ImportStatus getSelected() {
        return selected;
    }
}
