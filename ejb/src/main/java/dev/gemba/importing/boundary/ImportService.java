package dev.gemba.importing.boundary;

import static dev.gemba.platform.boundary.ServiceMessages.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.importing.control.ColumnMapping;
import dev.gemba.importing.control.ImportFiles;
import dev.gemba.importing.control.ImportRunner;
import dev.gemba.importing.control.JsonStrings;
import dev.gemba.importing.control.MappingSuggestion;
import dev.gemba.importing.control.RowHandlers;
import dev.gemba.importing.control.RowSource;
import dev.gemba.importing.entity.FileImport;
import dev.gemba.importing.entity.ImportFormat;
import dev.gemba.importing.entity.RefusedRow;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.boundary.Page;
import dev.gemba.platform.boundary.PageRequest;
import dev.gemba.platform.boundary.RecordNotFoundException;
import dev.gemba.security.entity.Role;

/**
 * Bulk imports of every kind: stage a file, preview it with a suggested mapping, start the batch
 * job, follow its progress and its refused rows. Each kind names the roles that may import it;
 * callers see and start imports of those kinds only. Imports interrupted by a crash are resumed
 * by {@link ImportRunner#resumeStale}.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.SERVICE_DESK_NAME, Role.INTEGRATION_NAME})
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class.getName());

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    @Inject
    ImportFiles files;

    @Inject
    RowHandlers handlers;

    @EJB
    ImportRunner runner;

    @Resource
    SessionContext session;

    /** The kinds the caller may import, with their settings and choices in the caller's language. */
    public List<ImportKind> kinds() {
        return handlers.all().stream()
                .filter(this::mayImport)
                .map(h -> new ImportKind(h.kind(), h.label(), h.options()))
                .toList();
    }

    /** The fields of a kind with these settings, in the caller's language. */
    public List<ImportField> fields(String kind, Map<String, String> options) {
        return handler(kind).fields(options);
    }

    /**
     * Streams the upload to disk and reads its columns and row count (one pass, flat memory); the
     * mapping suggested is for the kind's fields with these settings.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportPreview stage(
            String kind, Map<String, String> options, InputStream content, String fileName, ImportFormat format) {
        List<ImportField> fields = fields(kind, options);
        String token;
        try {
            token = files.stage(content, caller());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            ImportPreview read = inspect(token, format);
            return new ImportPreview(
                    token, fileName, read.columns(), read.rows(), MappingSuggestion.suggest(read.columns(), fields));
        } catch (InvalidInputException e) {
            discard(token);
            throw e;
        }
    }

    /**
     * Creates the import of a staged file; {@link #launch} starts it once this has committed.
     *
     * @param mapping field key to the file's column
     * @param options the kind's settings by name (see {@link RowHandler#options})
     * @param timeZone the zone of times the file writes without one (an IANA name); the server's
     *     when blank
     */
    public ImportStatus create(
            String kind,
            Map<String, String> options,
            String token,
            String fileName,
            ImportFormat format,
            Map<String, String> mapping,
            String timeZone) {
        RowHandler handler = handler(kind);
        ZoneId zone = zone(timeZone);
        List<ImportField> fields = handler.fields(options);
        ImportPreview preview = inspect(token, format);
        Map<String, String> checked = ColumnMapping.check(fields, mapping, preview.columns());
        Map<String, String> settings = new LinkedHashMap<>();
        handler.options().forEach(o -> settings.put(o.key(), options.get(o.key())));
        var job = new FileImport(
                handler.kind(),
                fileName == null || fileName.isBlank() ? "upload" : fileName.strip(),
                format,
                JsonStrings.write(checked),
                JsonStrings.write(settings),
                preview.rows(),
                caller(),
                Instant.now());
        job.readTimesIn(zone);
        em.persist(job);
        em.flush();
        try {
            files.adopt(token, caller(), job.getId(), format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ImportStatus.of(job);
    }

    /**
     * The zone of times a file writes without one: as given (an IANA name such as Europe/Berlin),
     * or by default the zone Gemba shows times in, the server's.
     */
    private static ZoneId zone(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(timeZone.strip());
        } catch (DateTimeException e) {
            throw new InvalidInputException("timeZone", text("import.unknown-zone", timeZone));
        }
    }

    /** Deletes a staged file of the caller's that will not be imported; false when there is none. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public boolean discard(String token) {
        try {
            return Files.deleteIfExists(files.staged(token, caller()));
        } catch (IOException | IllegalArgumentException e) {
            LOG.fine(() -> "Could not discard staged file " + token + ": " + e);
            return false;
        }
    }

    /** Starts the batch job of a committed import on this node. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ImportStatus launch(long id) {
        FileImport job = load(id);
        runner.launch(job);
        return ImportStatus.of(job);
    }

    public ImportStatus status(long id) {
        return ImportStatus.of(load(id));
    }

    /** The caller's kinds' imports, newest first; of one kind when kind is given. */
    public Page<ImportStatus> list(String kind, PageRequest page) {
        List<String> kinds = kind == null || kind.isBlank()
                ? handlers.all().stream()
                        .filter(this::mayImport)
                        .map(RowHandler::kind)
                        .toList()
                : List.of(handler(kind).kind());
        var items = em.createQuery(
                        "select i from FileImport i where i.kind in :kinds order by i.createdAt desc, i.id desc",
                        FileImport.class)
                .setParameter("kinds", kinds)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultStream()
                .map(ImportStatus::of)
                .toList();
        long total = em.createQuery("select count(i) from FileImport i where i.kind in :kinds", Long.class)
                .setParameter("kinds", kinds)
                .getSingleResult();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** A refused row's reason in the caller's language; rows stored before reasons had keys as stored. */
    private static String reason(RefusedRow e) {
        RowReason reason = RowReason.stored(e.getReasonKey(), e.getReasonArgs());
        return reason == null ? e.getReason() : reason.text();
    }

    public Page<ImportRowError> errors(long id, PageRequest page) {
        FileImport job = load(id);
        var items = em.createQuery(
                        "select e from RefusedRow e where e.importId = :id order by e.rowNumber", RefusedRow.class)
                .setParameter("id", id)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultStream()
                .map(e -> new ImportRowError(e.getRowNumber(), e.getColumn(), reason(e)))
                .toList();
        return new Page<>(items, page.page(), page.size(), job.getRowsFailed());
    }

    /** One pass over a staged file: its columns and number of rows. */
    private ImportPreview inspect(String token, ImportFormat format) {
        try (RowSource source = RowSource.open(files.staged(token, caller()), format)) {
            long rows = 0;
            while (source.next() != null) {
                rows++;
            }
            return new ImportPreview(token, null, source.columns(), rows, Map.of());
        } catch (NoSuchFileException | IllegalArgumentException e) {
            throw new InvalidInputException("token", text("import.no-staged-file"));
        } catch (IllegalStateException | IOException e) {
            throw new InvalidInputException("file", text("import.unreadable", format, e.getMessage()));
        }
    }

    /** The handler of a kind the caller may import; a kind that does not exist is refused naming it. */
    private RowHandler handler(String kind) {
        RowHandler handler = handlers.of(kind == null ? "" : kind.strip())
                .orElseThrow(() -> new InvalidInputException(
                        "kind",
                        text(
                                "import.unknown-kind",
                                handlers.all().stream().map(RowHandler::kind).toList())));
        if (!mayImport(handler)) {
            throw new EJBAccessException("imports of " + handler.kind());
        }
        return handler;
    }

    private boolean mayImport(RowHandler handler) {
        return handler.importers().stream().anyMatch(session::isCallerInRole);
    }

    /** An import of a kind the caller may import; others are as unknown to them as missing ones. */
    private FileImport load(long id) {
        FileImport job = em.find(FileImport.class, id);
        if (job == null || handlers.of(job.getKind()).filter(this::mayImport).isEmpty()) {
            throw new RecordNotFoundException("import", id);
        }
        return job;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
