package dev.gemba.improvement.boundary;

import java.time.Instant;
import java.util.List;

/**
 * The priority score with every component, its value, the figures it was computed from and where
 * they came from, so that anyone can recompute it by hand.
 */
public record ScoreCard(double score, List<Component> components, String formula, Instant computedAt) {

    /**
     * @param name reach, impact, confidence or effort
     * @param value the component as it enters the formula
     * @param weight the admins' exponent
     * @param basis the figures behind it ("90 people, 1 business unit")
     * @param source where the figures came from
     */
    public record Component(String name, double value, double weight, String basis, String source) {}

    public static final String FORMULA = "score = 100 × reach^wR × impact^wI × confidence^wC / effort^wE;"
            + " reach = min(1, log10(1 + people + 10 × units) / 3);"
            + " confidence = n / (n + 20) × (1 + min(sources, 3)) / 4;"
            + " effort = person-days / 5 (at least 0.5) or S 1, M 2, L 3, XL 5";
}
