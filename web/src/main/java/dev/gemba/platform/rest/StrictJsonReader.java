package dev.gemba.platform.rest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

import dev.gemba.platform.boundary.FieldError;
import dev.gemba.platform.boundary.InvalidInputException;
import dev.gemba.platform.control.JsonProviders;

/**
 * Reads JSON request bodies strictly before JSON-B binds them: exactly one JSON value (nothing
 * after it), nested at most {@link #MAX_DEPTH} levels, at most {@link #MAX_BYTES}, and shaped
 * like the record it is bound to ({@link JsonShape}). The binder alone accepted trailing garbage,
 * turned {@code "version": 1.5} into 1 and reported an unknown enum value with a Java class name.
 * Every refusal is a 400 that names the field.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<Object> {

    /** The deepest request of the API nests four levels; far more is an attack on the parser. */
    static final int MAX_DEPTH = 32;

    /** Texts are limited to 20,000 characters; bulk data goes through the import endpoints. */
    static final int MAX_BYTES = 4 * 1024 * 1024;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type != String.class
                && type != byte[].class
                && !InputStream.class.isAssignableFrom(type)
                && !Reader.class.isAssignableFrom(type)
                && !JsonValue.class.isAssignableFrom(type);
    }

    @Override
    public Object readFrom(
            Class<Object> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> httpHeaders,
            InputStream entityStream)
            throws IOException {
        byte[] body = entityStream.readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            throw new InvalidInputException("body", "is larger than " + MAX_BYTES + " bytes");
        }
        JsonValue value = parse(body);
        List<FieldError> errors = new ArrayList<>();
        JsonShape.check(genericType, value, "", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return JsonBinding.JSONB.fromJson(value.toString(), genericType);
    }

    static JsonValue parse(byte[] body) {
        if (JsonProviders.nestingDepth(new String(body, StandardCharsets.UTF_8)) > MAX_DEPTH) {
            throw new InvalidInputException("body", "is nested deeper than " + MAX_DEPTH + " levels");
        }
        try (JsonParser parser = JsonProviders.JSON.createParser(new ByteArrayInputStream(body))) {
            if (!parser.hasNext()) {
                throw new InvalidInputException("body", "is empty; send a JSON object");
            }
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) {
                throw new InvalidInputException("body", "has more after its JSON value");
            }
            return value;
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            throw new InvalidInputException(
                    "body",
                    "is not valid JSON"
                            + (at == null
                                    ? ""
                                    : " at line " + at.getLineNumber() + ", column " + at.getColumnNumber()));
        } catch (jakarta.json.JsonException e) {
            throw new InvalidInputException("body", "is not valid JSON");
        }
    }
}
