package dev.gemba.platform.control;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. {@code JSON.createObjectBuilder()} and its siblings look
 * the provider up through a ServiceLoader on every call, which scans the deployment's class
 * path: in a profile of the analysis workers that lookup took 40% of their time.
 */
public final class JsonProviders {

    /** Thread-safe; every builder, reader and writer it creates is the caller's own. */
    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonProviders() {}
}
