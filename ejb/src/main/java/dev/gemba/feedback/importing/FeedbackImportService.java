package dev.gemba.feedback.importing;

import static dev.gemba.platform.boundary.ServiceMessages.text;
import static dev.gemba.platform.control.JsonProviders.JSON;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dev.gemba.feedback.entity.Channel;
import dev.gemba.feedback.entity.FeedbackImport;
import dev.gemba.feedback.entity.FeedbackImportError;
import dev.gemba.feedback.entity.ImportFormat;
import dev.gemba.feedback.entity.ImportState;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.boundary.Page;
import dev.gemba.platform.boundary.PageRequest;
import dev.gemba.platform.boundary.RecordNotFoundException;
import dev.gemba.platform.control.AfterCommit;
import dev.gemba.security.entity.Role;

/**
 * Bulk imports of feedback: stage a file, check its mapping, start the batch job, follow its
 * progress and its refused rows. Imports interrupted by a crash are resumed by {@link #resumeStale}.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.SERVICE_DESK_NAME, Role.INTEGRATION_NAME})
public class FeedbackImportService {

    public static final String JOB = "feedback-import";
    /** The same reader and bookkeeping, with rows that answer a survey. */
    public static final String SURVEY_JOB = "survey-response-import";

    private static final Logger LOG = Logger.getLogger(FeedbackImportService.class.getName());

    /** An import whose node has not reported for this long is considered abandoned. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

    @PersistenceContext(unitName = "gemba")
    EntityManager em;

    @Inject
    ImportFiles files;

    @Inject
    AfterCommit afterCommit;

    @Resource
    SessionContext session;

    /** Streams the upload to disk and reads its columns and row count (one pass, flat memory). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ImportPreview stage(InputStream content, String fileName, ImportFormat format) {
        String token;
        try {
            token = files.stage(content, caller());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            ImportPreview read = inspect(token, format);
            return new ImportPreview(token, fileName, read.columns(), read.rows(), suggest(read.columns()));
        } catch (InvalidInputException e) {
            discard(token);
            throw e;
        }
    }

    /**
     * Creates the import of a staged file; {@link #launch} starts it once this has committed.
     *
     * @param mapping Gemba field key (see {@link ImportField}) to the file's column
     */
    public ImportStatus create(
            String token,
            String fileName,
            ImportFormat format,
            Map<String, String> mapping,
            Channel defaultChannel,
            String timeZone) {
        ZoneId zone = zone(timeZone);
        ImportPreview preview = inspect(token, format);
        var json = JSON.createObjectBuilder();
        for (var entry : mapping.entrySet()) {
            if (ImportField.byKey(entry.getKey()).isEmpty()) {
                throw new InvalidInputException("map." + entry.getKey(), text("import.unknown-field", keys()));
            }
            if (entry.getValue() == null || entry.getValue().isBlank()) {
                continue;
            }
            if (!preview.columns().contains(entry.getValue())) {
                throw new InvalidInputException(
                        "map." + entry.getKey(), text("import.unknown-column", entry.getValue(), preview.columns()));
            }
            json.add(entry.getKey(), entry.getValue());
        }
        String text = mapping.get(ImportField.TEXT.key());
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("map.text", text("import.text-required"));
        }
        var job = new FeedbackImport(
                fileName == null || fileName.isBlank() ? "upload" : fileName.strip(),
                format,
                json.build().toString(),
                defaultChannel == null ? Channel.OTHER : defaultChannel,
                preview.rows(),
                session.getCallerPrincipal().getName(),
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
        } catch (java.time.DateTimeException e) {
            throw new InvalidInputException("timeZone", text("import.unknown-zone", timeZone));
        }
    }

    /**
     * Creates the import of a staged file of survey responses exported from another tool; rows
     * become responses to the survey's current version. Keys: externalId (required, makes re-runs
     * add nothing), submittedAt, contactName, contactEmail, businessUnit, service, tier, and
     * answer.&lt;question code&gt; for each question.
     */
    public ImportStatus createSurveyImport(
            String token,
            String fileName,
            ImportFormat format,
            Map<String, String> mapping,
            long surveyId,
            String timeZone) {
        ZoneId zone = zone(timeZone);
        ImportPreview preview = inspect(token, format);
        Set<String> codes = em.createQuery(
                        "select q.code from SurveyQuestion q where q.surveyVersion.survey.id = :s"
                                + " and q.surveyVersion.number = q.surveyVersion.survey.currentVersion",
                        String.class)
                .setParameter("s", surveyId)
                .getResultStream()
                .collect(java.util.stream.Collectors.toSet());
        if (codes.isEmpty()) {
            throw new InvalidInputException("surveyId", text("survey.unknown", surveyId));
        }
        var json = JSON.createObjectBuilder();
        for (var entry : mapping.entrySet()) {
            String key = entry.getKey();
            boolean known = SURVEY_FIELDS.contains(key)
                    || (key.startsWith("answer.") && codes.contains(key.substring("answer.".length())));
            if (!known) {
                throw new InvalidInputException(
                        "map." + key, text("import.unknown-survey-field", SURVEY_FIELDS, codes));
            }
            if (entry.getValue() == null || entry.getValue().isBlank()) {
                continue;
            }
            if (!preview.columns().contains(entry.getValue())) {
                throw new InvalidInputException(
                        "map." + key, text("import.unknown-column", entry.getValue(), preview.columns()));
            }
            json.add(key, entry.getValue());
        }
        if (mapping.get("externalId") == null || mapping.get("externalId").isBlank()) {
            throw new InvalidInputException("map.externalId", text("import.response-id-required"));
        }
        var job = new FeedbackImport(
                fileName == null || fileName.isBlank() ? "upload" : fileName.strip(),
                format,
                json.build().toString(),
                Channel.SURVEY,
                preview.rows(),
                session.getCallerPrincipal().getName(),
                Instant.now());
        job.forSurvey(surveyId);
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

    static final Set<String> SURVEY_FIELDS =
            Set.of("externalId", "submittedAt", "contactName", "contactEmail", "businessUnit", "service", "tier");

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

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    /** Starts the batch job of a committed import on this node. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public ImportStatus launch(long id) {
        FeedbackImport job = load(id);
        job.claim(nodeName(), Instant.now());
        em.flush();
        String jobName = jobOf(job);
        afterCommit.run(() -> start(id, jobName));
        return ImportStatus.of(job);
    }

    public ImportStatus status(long id) {
        return ImportStatus.of(load(id));
    }

    public Page<ImportStatus> list(PageRequest page) {
        var items = em.createQuery(
                        "select i from FeedbackImport i order by i.createdAt desc, i.id desc", FeedbackImport.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultStream()
                .map(ImportStatus::of)
                .toList();
        long total = em.createQuery("select count(i) from FeedbackImport i", Long.class)
                .getSingleResult();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** A refused row's reason in the caller's language; rows stored before reasons had keys as stored. */
    private static String reason(FeedbackImportError e) {
        RowReason reason = RowReason.stored(e.getReasonKey(), e.getReasonArgs());
        return reason == null ? e.getReason() : reason.text();
    }

    public Page<ImportRowError> errors(long id, PageRequest page) {
        FeedbackImport job = load(id);
        var items = em.createQuery(
                        "select e from FeedbackImportError e where e.importId = :id order by e.rowNumber",
                        FeedbackImportError.class)
                .setParameter("id", id)
                .setFirstResult(page.offset())
                .setMaxResults(page.size())
                .getResultStream()
                .map(e -> new ImportRowError(e.getRowNumber(), e.getColumn(), reason(e)))
                .toList();
        return new Page<>(items, page.page(), page.size(), job.getRowsFailed());
    }

    /**
     * Resumes imports that a crashed or stopped node left QUEUED or RUNNING: the first node to
     * claim one (optimistic lock on the import row) starts a new job execution, which continues
     * after the last committed row.
     */
    @jakarta.annotation.security.PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int resumeStale(Instant now) {
        Instant cutoff = now.minus(ABANDONED_AFTER);
        List<Long> stale = em.createQuery(
                        "select i.id from FeedbackImport i where i.status in :open"
                                + " and (i.heartbeatAt is null or i.heartbeatAt < :cutoff)",
                        Long.class)
                .setParameter("open", List.of(ImportState.QUEUED, ImportState.RUNNING))
                .setParameter("cutoff", cutoff)
                .getResultList();
        int resumed = 0;
        for (long id : stale) {
            try {
                session.getBusinessObject(FeedbackImportService.class).claimAndStart(id, cutoff);
                resumed++;
            } catch (jakarta.ejb.EJBException | jakarta.persistence.OptimisticLockException e) {
                LOG.fine(() -> "Import " + id + " was claimed by another node");
            }
        }
        return resumed;
    }

    @jakarta.annotation.security.PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void claimAndStart(long id, Instant cutoff) {
        FeedbackImport job = load(id);
        if (job.getHeartbeatAt() != null && !job.getHeartbeatAt().isBefore(cutoff)) {
            return;
        }
        LOG.info(() -> "Resuming feedback import " + id + " after row " + job.getRowsRead());
        job.claim(nodeName(), Instant.now());
        em.flush(); // the version check happens here: only one node wins
        String jobName = jobOf(job);
        afterCommit.run(() -> start(id, jobName));
    }

    private static String jobOf(FeedbackImport job) {
        return job.getSurveyId() == null ? JOB : SURVEY_JOB;
    }

    private void start(long id, String jobName) {
        Properties parameters = new Properties();
        parameters.setProperty("importId", Long.toString(id));
        BatchRuntime.getJobOperator().start(jobName, parameters);
    }

    /** One pass over a staged file: its columns and number of rows. */
    private ImportPreview inspect(String token, ImportFormat format) {
        try (RowSource source = RowSource.open(files.staged(token, caller()), format)) {
            long rows = 0;
            while (source.next() != null) {
                rows++;
            }
            return new ImportPreview(token, null, source.columns(), rows, Map.of());
        } catch (java.nio.file.NoSuchFileException | IllegalArgumentException e) {
            throw new InvalidInputException("token", text("import.no-staged-file"));
        } catch (IllegalStateException | IOException e) {
            throw new InvalidInputException("file", text("import.unreadable", format, e.getMessage()));
        }
    }

    /**
     * Guesses a mapping from column names in English and German. A column that is an id (a word
     * "id", as in "Ticket ID" or "sys_id") is the external id, which makes re-imports add nothing;
     * it may be the ticket column as well.
     */
    static Map<String, String> suggest(List<String> columns) {
        Map<String, List<String>> hints = new LinkedHashMap<>();
        hints.put("text", List.of("text", "comment", "feedback", "verbatim", "kommentar", "description", "note"));
        hints.put("receivedAt", List.of("received", "date", "created", "time", "datum", "opened"));
        hints.put("channel", List.of("channel", "kanal", "source", "contact type"));
        hints.put("contactName", List.of("contact", "caller", "requester", "customer", "name"));
        hints.put("contactEmail", List.of("email", "e-mail", "mail"));
        hints.put("businessUnit", List.of("business unit", "department", "abteilung", "unit"));
        hints.put("services", List.of("service", "dienst", "application"));
        hints.put("tier", List.of("tier", "level", "support level"));
        hints.put("ticketRef", List.of("ticket", "incident", "number", "inc"));
        hints.put("tags", List.of("tags", "tag", "labels", "category"));
        Map<String, String> mapping = new LinkedHashMap<>();
        List<String> free = new ArrayList<>(columns);
        List<String> ids = columns.stream().filter(FeedbackImportService::isId).toList();
        free.removeAll(ids.stream()
                .filter(c -> !c.toLowerCase(Locale.ROOT).contains("ticket"))
                .toList());
        hints.forEach((field, words) -> words.stream()
                .flatMap(word ->
                        free.stream().filter(c -> c.toLowerCase(Locale.ROOT).contains(word)))
                .findFirst()
                .ifPresent(column -> {
                    mapping.put(field, column);
                    free.remove(column);
                }));
        // an id of its own ("External ID", "sys_id") before one that also names the ticket
        ids.stream()
                .filter(c -> !mapping.containsValue(c))
                .findFirst()
                .or(() -> ids.stream().findFirst())
                .ifPresent(column -> mapping.put("externalId", column));
        return mapping;
    }

    /** Whether a column name says it holds ids: one of its words (camelCase or separated) is id, uuid or guid. */
    private static boolean isId(String column) {
        return Arrays.stream(column.split("(?<=[a-z])(?=[A-Z])|[^A-Za-z0-9]+"))
                .map(word -> word.toLowerCase(Locale.ROOT))
                .anyMatch(word -> word.equals("id") || word.equals("uuid") || word.equals("guid"));
    }

    private static List<String> keys() {
        return java.util.Arrays.stream(ImportField.values())
                .map(ImportField::key)
                .toList();
    }

    private FeedbackImport load(long id) {
        FeedbackImport job = em.find(FeedbackImport.class, id);
        if (job == null) {
            throw new RecordNotFoundException("import", id);
        }
        return job;
    }

    static String nodeName() {
        return java.lang.management.ManagementFactory.getRuntimeMXBean().getName();
    }
}
