package dev.gemba.nlp.opennlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the module's resources: OpenNLP model binaries and tab-separated word lists. */
final class Resources {

    private Resources() {}

    static InputStream open(String name) {
        InputStream in = Resources.class.getResourceAsStream(name.startsWith("/") ? name : "/" + name);
        if (in == null) {
            throw new IllegalStateException("resource " + name + " is not on the class path");
        }
        return in;
    }

    /** Non-blank, non-comment lines split at tabs. */
    static List<String[]> table(String name) {
        try (var reader = new BufferedReader(new InputStreamReader(open(name), StandardCharsets.UTF_8))) {
            List<String[]> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.strip().split("\t"));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
