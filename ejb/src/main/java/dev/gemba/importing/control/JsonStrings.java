package dev.gemba.importing.control;

import static dev.gemba.platform.control.JsonProviders.JSON;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.JsonString;

/** An import's mapping and settings as stored: a JSON object of strings. */
public final class JsonStrings {

    private JsonStrings() {}

    public static String write(Map<String, String> values) {
        var json = JSON.createObjectBuilder();
        values.forEach((key, value) -> {
            if (value != null) {
                json.add(key, value);
            }
        });
        return json.build().toString();
    }

    public static Map<String, String> read(String json) {
        Map<String, String> values = new LinkedHashMap<>();
        try (var reader = JSON.createReader(new StringReader(json))) {
            reader.readObject().forEach((key, value) -> values.put(key, ((JsonString) value).getString()));
        }
        return values;
    }
}
