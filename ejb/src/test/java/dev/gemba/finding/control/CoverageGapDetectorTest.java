package dev.gemba.finding.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import dev.gemba.finding.control.CoverageGapDetector.Gap;
import dev.gemba.finding.control.CoverageGapDetector.GapCell;
import dev.gemba.finding.control.TrendDetector.Guard;
import org.junit.jupiter.api.Test;

/**
 * The coverage-gap detector on generated data: 500 services, 60% of them with a coverage gap, each
 * with 0.2 to 20 feedback items a day over the last 7 days and all with the same negative share
 * (pure noise, a new share between 10% and 50% per run). Seeds are fixed.
 */
class CoverageGapDetectorTest {

    private static final int SERVICES = 500;
    private static final long PLANTED = 9999;

    private final CoverageGapDetector detector = new CoverageGapDetector(Guard.DEFAULT);

    @Test
    void findsAPlantedNegativeServiceWithAGap() {
        int runs = 20;
        int found = 0;
        for (long seed = 1; seed <= runs; seed++) {
            var random = new SplittableRandom(seed);
            double share = 0.25;
            List<Service> services = noise(random, share);
            // 6 items a day, 70% negative (the others 25%), and no Strategy or Design touchpoint for 90 days
            services.set(123, Service.of(PLANTED, "STRATEGY,DESIGN", 42, 0.7, random));
            found += detector.detect(cells(services)).stream()
                            .anyMatch(g -> g.cell().serviceId() == PLANTED)
                    ? 1
                    : 0;
        }
        System.out.printf("CoverageGapDetector: planted gap found in %d of %d runs%n", found, runs);
        assertTrue(found >= runs - 1, "found in " + found);
    }

    @Test
    void suggestsNothingWhereCoverageIsFine() {
        var random = new SplittableRandom(3);
        List<Service> services = noise(random, 0.25);
        // the same negative service, but every phase has a recent touchpoint
        services.set(123, Service.of(PLANTED, "", 28, 0.6, random));
        List<Gap> found = detector.detect(cells(services));
        assertTrue(found.stream().noneMatch(g -> g.cell().serviceId() == PLANTED), found.toString());
    }

    @Test
    void suggestsNothingWhereFeedbackIsNotNegative() {
        var random = new SplittableRandom(4);
        List<Service> services = noise(random, 0.25);
        // a gap, much feedback, but no more negative than the other services
        services.set(123, Service.of(PLANTED, "STRATEGY,DESIGN", 140, 0.25, random));
        List<Gap> found = detector.detect(cells(services));
        assertTrue(found.stream().noneMatch(g -> g.cell().serviceId() == PLANTED), found.toString());
    }

    /** Measured over 100 runs of 500 services without any difference in negative share. */
    @Test
    void suggestsAlmostNothingOnPureNoise() {
        int runs = 100;
        long falsePositives = 0;
        long runsWithAny = 0;
        long tested = 0;
        for (long seed = 100; seed < 100 + runs; seed++) {
            var random = new SplittableRandom(seed);
            List<GapCell> cells = cells(noise(random, 0.1 + 0.4 * random.nextDouble()));
            tested += cells.stream().filter(GapCell::hasGap).count();
            var found = detector.detect(cells);
            falsePositives += found.size();
            runsWithAny += found.isEmpty() ? 0 : 1;
        }
        double perService = (double) falsePositives / tested;
        System.out.printf(
                "CoverageGapDetector on noise: %d false suggestions in %d runs (%d services with a gap, rate %.2e"
                        + " per service); %d runs with any%n",
                falsePositives, runs, tested, perService, runsWithAny);
        assertTrue(perService < 1e-3, "false-positive rate per service " + perService);
        assertTrue(runsWithAny <= runs * 0.1, runsWithAny + " runs suggested something");
    }

    /** One service's recent feedback. */
    private record Service(long id, String gaps, long total, long negative) {

        static Service of(long id, String gaps, double mean, double share, SplittableRandom r) {
            long total = Samples.poisson(mean, r);
            return new Service(id, gaps, total, Samples.binomial(total, share, r));
        }
    }

    private static List<Service> noise(SplittableRandom random, double share) {
        List<Service> services = new ArrayList<>();
        for (int i = 0; i < SERVICES; i++) {
            double perDay = 0.2 * Math.pow(100, random.nextDouble());
            String gaps = random.nextDouble() < 0.6 ? "STRATEGY" : "";
            services.add(Service.of(i, gaps, perDay * 7, share, random));
        }
        return services;
    }

    private static List<GapCell> cells(List<Service> services) {
        long total = services.stream().mapToLong(Service::total).sum();
        long negative = services.stream().mapToLong(Service::negative).sum();
        return services.stream()
                .map(s -> new GapCell(
                        s.id(), s.gaps(), 90, s.total(), s.negative(), total - s.total(), negative - s.negative()))
                .toList();
    }
}
