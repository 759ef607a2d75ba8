package dev.gemba.platform.boundary;

import static dev.gemba.platform.control.JsonProviders.JSON;

import java.io.StringReader;

import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;

/**
 * Writes a property that holds a JSON document as that document, not as a string of it, so API
 * clients read {@code "analysisDetail": {"sentences": …}} without parsing twice.
 */
public class RawJsonSerializer implements JsonbSerializer<String> {

    @Override
    public void serialize(String json, JsonGenerator generator, SerializationContext context) {
        try (var reader = JSON.createReader(new StringReader(json))) {
            generator.write(reader.readValue());
        }
    }
}
