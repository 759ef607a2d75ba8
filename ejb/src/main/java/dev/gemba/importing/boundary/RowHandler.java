package dev.gemba.importing.boundary;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.gemba.platform.boundary.ServiceMessages;
import dev.gemba.security.entity.Role;

/**
 * What a kind of importable rows (feedback, survey responses, SLA measurements…) plugs into the
 * import capability. The capability stages the file, checks the mapping, runs the chunked batch
 * job, counts, restarts, and keeps refused rows; a handler names its fields and settings, turns a
 * mapped row into something to store, and stores a chunk of them idempotently.
 *
 * <p>Implementations are CDI beans (application-scoped and {@code @Transactional}, so that they join
 * the chunk's transaction and start one of their own elsewhere). They run in the batch job without
 * a caller: they check no roles; the capability checks {@link #importers()} before an import of the
 * kind is created or read.
 */
public interface RowHandler {

    /** The kind's name: REST query parameter {@code kind}, stored with each import. */
    String kind();

    /** The kind's name in the caller's language: the service message import.kind.&lt;kind&gt;. */
    default String label() {
        String key = "import.kind." + kind();
        return ServiceMessages.text(key);
    }

    /**
     * The roles whose members may import this kind: by default those who import files, admins, the
     * service desk and integrations. A kind for other roles must be allowed by {@link
     * ImportService}'s and the import resource's role rules too.
     */
    default Set<String> importers() {
        return Set.of(Role.ADMIN_NAME, Role.SERVICE_DESK_NAME, Role.INTEGRATION_NAME);
    }

    /** Settings of an import besides its mapping, with the caller's choices; none by default. */
    default List<ImportOption> options() {
        return List.of();
    }

    /**
     * The fields a column may be mapped to, for these settings, in the order pages show them.
     *
     * @throws dev.gemba.platform.boundary.InvalidInputException naming the setting that is wrong
     */
    List<ImportField> fields(Map<String, String> options);

    /** Rows stored per transaction: smaller for kinds whose rows cost more to store. */
    default int chunkSize() {
        return 1000;
    }

    /**
     * Starts reading the rows of one run of an import: the converter keeps what it looks up once
     * (names, questions) and is used by one thread.
     */
    RowConverter reader(ImportSettings settings);

    /**
     * Stores a chunk of converted rows in the caller's (the chunk's) transaction. Rows whose record
     * is stored already are left alone and counted as duplicates, so that a repeated file or a
     * resumed chunk adds nothing.
     */
    StoredRows store(List<?> rows, ImportSettings settings);

    /** Turns a mapped row into what {@link #store} takes, or says which field is wrong and why. */
    @FunctionalInterface
    interface RowConverter {
        Object convert(MappedRow row) throws RowRejected;
    }
}
