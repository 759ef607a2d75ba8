package dev.gemba.nlp.opennlp;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Splits a sentence's tokens into clauses at contrast words, so that each clause is scored apart:
 * coordinating "but", "however", "aber", "jedoch", "trotzdem", "sondern" … start a clause;
 * subordinating "although", "though", "obwohl" … start one that ends at the next comma ("Although
 * the agent was friendly, the laptop …" is two clauses); "yet" and "doch" only after a comma or
 * "and" ("not yet", "das ist doch gut" stay whole); a semicolon ends a clause. A contrast word
 * before any content ("But the laptop …") or at the end ("… friendly though.") splits nothing.
 * Stateless.
 */
final class Clauses {

    private static final Set<String> COORDINATING = Set.of(
            "but",
            "however",
            "nevertheless",
            "nonetheless",
            "aber",
            "jedoch",
            "trotzdem",
            "dennoch",
            "sondern",
            "allerdings");

    private static final Set<String> SUBORDINATING =
            Set.of("although", "though", "whereas", "obwohl", "obgleich", "wenngleich", "wobei");

    private static final Set<String> AFTER_COMMA = Set.of("yet", "doch");

    private static final int SUBORDINATE = 1;
    private static final int COORDINATE = 2;
    private static final int ONLY_AFTER_COMMA = 3;

    /** Which of the (disjoint) sets each contrast word is in: one look-up per word. */
    private static final Map<String, Integer> KINDS = new HashMap<>();

    static {
        SUBORDINATING.forEach(w -> KINDS.put(w, SUBORDINATE));
        COORDINATING.forEach(w -> KINDS.put(w, COORDINATE));
        AFTER_COMMA.forEach(w -> KINDS.put(w, ONLY_AFTER_COMMA));
    }

    private Clauses() {}

    /** Whether a normalised word can start a contrasting clause. */
    static boolean isContrast(String word) {
        return word != null
                && (COORDINATING.contains(word) || SUBORDINATING.contains(word) || AFTER_COMMA.contains(word));
    }

    /**
     * The clause number (from 0) of every token.
     *
     * @param tokens the tokens as written
     * @param words the normalised words ({@code null} for punctuation)
     */
    static int[] split(String[] tokens, String[] words) {
        int[] clause = new int[tokens.length];
        int current = 0;
        boolean content = false;
        boolean closeAtComma = false;
        for (int i = 0; i < tokens.length; i++) {
            String w = words[i];
            Integer found = w == null ? null : KINDS.get(w);
            int kind = found == null ? 0 : found;
            boolean starts = false;
            if (kind == SUBORDINATE && !endsHere(words, i)) {
                starts = content;
                closeAtComma = true;
            } else if (kind == COORDINATE) {
                starts = content;
            } else if (kind == ONLY_AFTER_COMMA && i > 0) {
                String before = words[i - 1] == null ? tokens[i - 1] : words[i - 1];
                starts = content && (",".equals(before) || "and".equals(before) || "und".equals(before));
            }
            if (starts) {
                current++;
                content = false;
            }
            clause[i] = current;
            boolean comma = ",".equals(tokens[i]);
            if (w == null && content && (";".equals(tokens[i]) || comma && closeAtComma)) {
                current++;
                content = false;
                closeAtComma = false;
            }
            if (w != null && kind == 0 && !TokenText.isFiller(w)) {
                content = true;
            }
        }
        return clause;
    }

    /** "friendly though." — a contrast word with nothing after it in its sentence. */
    private static boolean endsHere(String[] words, int i) {
        return i + 1 >= words.length || words[i + 1] == null;
    }
}
