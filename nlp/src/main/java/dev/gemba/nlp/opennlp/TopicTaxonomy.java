package dev.gemba.nlp.opennlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The default IT-service topic taxonomy as keyword lists (English and German), written for
 * Gemba. Keywords ending in {@code *} match as prefixes. Immutable and thread-safe.
 */
final class TopicTaxonomy {

    private final Map<String, List<String>> keywords = new LinkedHashMap<>();
    private final Map<String, List<String>> exactKeywords = new HashMap<>();
    /** Prefix keywords (without the {@code *}) and their topic, by their first character. */
    private final Map<Character, List<Map.Entry<String, String>>> prefixKeywords = new HashMap<>();

    private final List<String> order;

    /** The default taxonomy, loaded once. */
    static TopicTaxonomy defaults() {
        return Default.TAXONOMY;
    }

    private static final class Default {
        static final TopicTaxonomy TAXONOMY = new TopicTaxonomy("dev/gemba/nlp/topics.tsv");
    }

    TopicTaxonomy(String resource) {
        for (String[] row : Resources.table(resource)) {
            keywords.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1].toLowerCase(Locale.ROOT));
        }
        this.order = List.copyOf(keywords.keySet());
        keywords.forEach((topic, words) -> {
            for (String keyword : words) {
                if (keyword.endsWith("*")) {
                    String prefix = keyword.substring(0, keyword.length() - 1);
                    prefixKeywords
                            .computeIfAbsent(prefix.charAt(0), c -> new ArrayList<>())
                            .add(Map.entry(prefix, topic));
                } else {
                    List<String> topics = exactKeywords.computeIfAbsent(keyword, k -> new ArrayList<>(1));
                    if (!topics.contains(topic)) {
                        topics.add(topic);
                    }
                }
            }
        });
        exactKeywords.replaceAll((keyword, topics) -> List.copyOf(topics));
    }

    List<String> topics() {
        return List.copyOf(keywords.keySet());
    }

    /** The topics a lower-cased token signals, in taxonomy order. */
    List<String> topicsOf(String token) {
        List<String> exact = exactKeywords.get(token);
        List<Map.Entry<String, String>> candidates = token.isEmpty() ? null : prefixKeywords.get(token.charAt(0));
        if (candidates == null) {
            return exact == null ? List.of() : exact;
        }
        List<String> topics = null;
        for (var prefix : candidates) {
            if (token.startsWith(prefix.getKey())) {
                if (topics == null) {
                    topics = new ArrayList<>(exact == null ? List.of() : exact);
                }
                if (!topics.contains(prefix.getValue())) {
                    topics.add(prefix.getValue());
                }
            }
        }
        if (topics == null) {
            return exact == null ? List.of() : exact;
        }
        topics.sort(Comparator.comparingInt(order::indexOf));
        return topics;
    }
}
