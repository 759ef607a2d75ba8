package dev.gemba.nlp.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class ProgressTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aShortRunReportsNothingAndALongOneAboutEveryTenSeconds() {
        AtomicLong now = new AtomicLong();
        StringWriter err = new StringWriter();
        Progress progress = new Progress(new PrintWriter(err), "analyze", 1000, now::get);
        for (int done = 1; done <= 100; done++) {
            now.addAndGet(SECOND / 20);
            progress.update(done);
        }
        assertEquals("", err.toString(), "5 s: nothing yet");
        for (int done = 101; done <= 1000; done++) {
            now.addAndGet(SECOND / 20);
            progress.update(done);
        }
        String[] lines = err.toString().split("\n");
        assertEquals(5, lines.length, err::toString); // 50 s in all: at 10, 20, 30, 40 and 50 s
        assertTrue(lines[0].startsWith("analyze: 200 of 1,000 (20 %) in 10 s, 20/s"), lines[0]);
    }

    @Test
    void stepsAreAlwaysReported() {
        StringWriter err = new StringWriter();
        new Progress(new PrintWriter(err), "train", 0, () -> 3 * SECOND).step("fold 1 of 5 done");
        assertEquals("train: fold 1 of 5 done (0 s)\n", err.toString());
    }

    @Test
    void aLoggingProviderIsOnTheClassPathSoSlf4jPrintsNoWarnings() {
        // without one, SLF4J prints three "No SLF4J providers were found" lines on every run
        assertTrue(ServiceLoader.load(org.slf4j.spi.SLF4JServiceProvider.class)
                .findFirst()
                .isPresent());
    }
}
