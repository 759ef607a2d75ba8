package dev.gemba.platform.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every request. Without a resolver RESTEasy's JSON-B provider builds a
 * new instance per request, which introspects every record again: profiling REST ingest showed
 * more than a third of the CPU samples in that introspection.
 */
@Provider
public class JsonBinding implements ContextResolver<Jsonb> {

    static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
