package dev.gemba.nlp.opennlp;

import java.util.ArrayList;
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
    }

    List<String> topics() {
        return List.copyOf(keywords.keySet());
    }

    /** The topics a lower-cased token signals. */
    List<String> topicsOf(String token) {
        List<String> topics = new ArrayList<>(1);
        for (var entry : keywords.entrySet()) {
            for (String keyword : entry.getValue()) {
                boolean match = keyword.endsWith("*")
                        ? token.startsWith(keyword.substring(0, keyword.length() - 1))
                        : token.equals(keyword);
                if (match) {
                    topics.add(entry.getKey());
                    break;
                }
            }
        }
        return topics;
    }
}
