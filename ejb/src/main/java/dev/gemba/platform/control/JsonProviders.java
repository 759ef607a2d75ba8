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

    /**
     * How deeply arrays and objects nest in a JSON text, counted outside strings without parsing
     * it: parsers fail on very deep input with an error of their own (Parsson at 1,000 levels), or
     * run out of stack, so callers refuse deep input before parsing it.
     */
    public static int nestingDepth(CharSequence json) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return deepest;
    }
}
