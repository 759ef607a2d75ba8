package dev.gemba.review.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PackJsonTest {

    @Test
    void aPackReadBackEqualsThePackWritten() {
        var pack = ReviewPackFixture.pack();
        assertEquals(pack, PackJson.read(PackJson.write(pack)));
    }

    @Test
    void absentFiguresStayAbsent() {
        var read = PackJson.read(PackJson.write(ReviewPackFixture.pack()));
        assertEquals(null, read.surveys().ces().value());
        assertEquals(null, read.serviceId());
    }
}
