package dev.gemba.importing.control;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import dev.gemba.importing.boundary.ImportSettings;
import dev.gemba.importing.boundary.RowHandler;
import dev.gemba.importing.entity.FileImport;

/** The row handlers the features plug in, by kind. */
@ApplicationScoped
public class RowHandlers {

    @Inject
    @Any
    Instance<RowHandler> handlers;

    /** Every kind, in the order of their names. */
    public List<RowHandler> all() {
        return handlers.stream().sorted(Comparator.comparing(RowHandler::kind)).toList();
    }

    public Optional<RowHandler> of(String kind) {
        return handlers.stream().filter(h -> h.kind().equals(kind)).findFirst();
    }

    /** What a handler is told of an import. */
    public static ImportSettings settings(FileImport job) {
        return new ImportSettings(
                job.getId(), job.getCreatedBy(), JsonStrings.read(job.getOptions()), job.getTimeZone());
    }

    /** The handler of a stored import's kind. */
    public RowHandler require(String kind) {
        return of(kind).orElseThrow(() -> new IllegalStateException("no row handler for imports of " + kind));
    }
}
