package dev.gemba.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.gemba.platform.boundary.FieldError;
import dev.gemba.platform.boundary.InvalidInputException;
import org.junit.jupiter.api.Test;

class StrictJsonReaderTest {

    enum Colour {
        RED,
        GREEN
    }

    record Item(Colour colour, LocalDate due) {}

    record Form(String name, long version, Boolean active, List<Item> items) {}

    private static List<String> fields(String json) {
        List<FieldError> errors = new ArrayList<>();
        JsonShape.check(Form.class, StrictJsonReader.parse(json.getBytes()), "", errors);
        return errors.stream().map(FieldError::field).toList();
    }

    private static String refusedField(String json) {
        return assertThrows(InvalidInputException.class, () -> StrictJsonReader.parse(json.getBytes()))
                .errors()
                .get(0)
                .field();
    }

    @Test
    void aWellShapedBodyPasses() {
        assertEquals(
                List.of(),
                fields("{\"name\":\"x\",\"version\":3,\"active\":true,"
                        + "\"items\":[{\"colour\":\"RED\",\"due\":\"2026-01-31\"}],\"unknown\":1}"));
    }

    @Test
    void namesEachMistakeByItsPath() {
        assertEquals(
                List.of("version", "active", "items[0].colour", "items[1].due"),
                fields("{\"version\":1.5,\"active\":\"yes\","
                        + "\"items\":[{\"colour\":\"BLUE\"},{\"colour\":\"GREEN\",\"due\":\"31.01.2026\"}]}"));
    }

    @Test
    void refusesNumbersBeyondTheTargetsRange() {
        assertEquals(List.of("version"), fields("{\"version\":9223372036854775808}"));
    }

    @Test
    void refusesTrailingContentEmptyBodiesAndDeepNesting() {
        assertEquals("body", refusedField("{\"name\":\"x\"} garbage"));
        assertEquals("body", refusedField("{\"name\":\"x\"}{}"));
        assertEquals("body", refusedField("   "));
        assertEquals("body", refusedField("{\"name\":" + "[".repeat(40) + "]".repeat(40) + "}"));
    }

    @Test
    void bracketsInsideStringsDoNotCountAsNesting() {
        assertEquals(List.of(), fields("{\"name\":\"" + "[{".repeat(100) + "\\\"\"}"));
    }
}
