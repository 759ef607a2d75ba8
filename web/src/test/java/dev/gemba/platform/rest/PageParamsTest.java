package dev.gemba.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageParamsTest {

    private static PageParams params(int page, int size, String sort) {
        var params = new PageParams();
        params.page = page;
        params.size = size;
        params.sort = sort;
        return params;
    }

    @Test
    void parsesPropertyAndDirection() {
        var request = params(1, 10, "name,desc").toRequest();
        assertEquals("name", request.sort());
        assertTrue(request.descending());
        assertEquals(10, request.offset());
    }

    @Test
    void ascendingByDefault() {
        assertFalse(params(0, 10, "name").toRequest().descending());
        assertEquals(null, params(0, 10, " ").toRequest().sort());
    }
}
