package dev.gemba.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import dev.gemba.platform.boundary.Page;
import dev.gemba.platform.boundary.PageRequest;
import org.junit.jupiter.api.Test;

class LazyTest {

    /** 1234 rows numbered 0..1233, served in pages as a service does (at most 500 a page). */
    private final Lazy<String, Integer> rows = new Lazy<>(
            filters -> "all",
            (query, page) -> new Page<>(
                    IntStream.range(page.offset(), Math.min(1234, page.offset() + page.size()))
                            .boxed()
                            .toList(),
                    page.page(),
                    page.size(),
                    1234),
            row -> row);

    @Test
    void aPageOfTheTableIsOneServiceCall() {
        assertEquals(List.of(40, 41, 42, 43, 44), rows.load(40, 5, Map.of(), Map.of()));
        assertEquals(1234, rows.getRowCount());
    }

    @Test
    void theExporterGetsEveryRowInBuffersWhateverTheServicesPageLimit() {
        int exported = 0;
        for (List<Integer> buffer;
                !(buffer = rows.load(exported, PageRequest.MAX_SIZE, Map.of(), Map.of())).isEmpty(); ) {
            assertEquals(exported, buffer.get(0));
            exported += buffer.size();
        }
        assertEquals(1234, exported, "the last, shorter buffer ends the export instead of repeating");
        assertEquals(1234, rows.load(0, 1234, Map.of(), Map.of()).size(), "all rows at once");
        assertEquals(List.of(620, 621), rows.load(620, 2, Map.of(), Map.of()).subList(0, 2));
    }
}
