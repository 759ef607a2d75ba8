package dev.gemba.survey.boundary;

import static dev.gemba.platform.control.JsonProviders.JSON;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;

/** Saved answers as a flat JSON object of strings (question code to answer). */
final class Drafts {

    private Drafts() {}

    static Map<String, String> read(String json) {
        Map<String, String> answers = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return answers;
        }
        try (var reader = JSON.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            object.forEach((code, value) -> {
                if (value instanceof JsonString s) {
                    answers.put(code, s.getString());
                }
            });
        }
        return answers;
    }

    static String write(Map<String, String> answers) {
        JsonObjectBuilder object = JSON.createObjectBuilder();
        answers.forEach((code, value) -> {
            if (code != null && value != null && code.length() <= 40) {
                object.add(code, value.length() > 4000 ? value.substring(0, 4000) : value);
            }
        });
        return object.build().toString();
    }
}
