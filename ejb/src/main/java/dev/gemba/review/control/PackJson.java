package dev.gemba.review.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

import dev.gemba.review.boundary.ReviewPack;

/**
 * Writes a published pack's figures as JSON and reads them back, always as {@link ReviewPack}: the
 * one place that knows the stored form. Thread-safe (Jsonb instances are).
 */
public final class PackJson {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    private PackJson() {}

    public static String write(ReviewPack pack) {
        return JSONB.toJson(pack);
    }

    public static ReviewPack read(String json) {
        return JSONB.fromJson(json, ReviewPack.class);
    }
}
