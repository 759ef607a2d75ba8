package dev.gemba.importing.boundary;

import java.time.ZoneId;
import java.util.Map;

/**
 * What a kind is told of the import whose rows it reads and stores.
 *
 * @param options the kind's settings as the import was created with them
 * @param timeZone the zone of times the file writes without one
 */
public record ImportSettings(long importId, String createdBy, Map<String, String> options, ZoneId timeZone) {

    public ImportSettings {
        options = Map.copyOf(options);
    }

    public String option(String key) {
        return options.get(key);
    }
}
