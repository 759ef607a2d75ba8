package dev.gemba.nlp.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void parsesObjectsArraysStringsNumbersAndLiterals() {
        Object value = Json.parse(
                "{\"text\": \"VPN \\\"down\\\" \\u00e4\\n\", \"labels\": [\"a\", \"b\"], \"n\": -1.5e1, \"ok\": true, \"x\": null}");
        Map<?, ?> map = (Map<?, ?>) value;
        assertEquals("VPN \"down\" ä\n", map.get("text"));
        assertEquals(List.of("a", "b"), map.get("labels"));
        assertEquals(-15.0, map.get("n"));
        assertEquals(Boolean.TRUE, map.get("ok"));
        assertEquals(null, map.get("x"));
    }

    @Test
    void writesWhatItReads() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("text", "tab\there \"quoted\" \u0001 and a lone surrogate \uD800");
        map.put("score", 0.123456);
        map.put("count", 3);
        map.put("list", List.of(1, "two"));
        String json = Json.write(map);
        Map<?, ?> back = (Map<?, ?>) Json.parse(json);
        assertEquals(map.get("text"), back.get("text"));
        assertEquals(0.1235, back.get("score"));
        assertEquals(List.of(1.0, "two"), back.get("list"));
    }

    @Test
    void rejectsInvalidJsonWithAPosition() {
        var e = assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"text\": \"open"));
        assertEquals(true, e.getMessage().startsWith("invalid JSON at character"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\": 1} trailing"));
        assertThrows(IllegalArgumentException.class, () -> Json.parse("[1, 2"));
    }
}
