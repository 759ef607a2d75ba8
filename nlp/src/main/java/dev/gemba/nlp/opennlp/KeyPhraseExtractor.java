package dev.gemba.nlp.opennlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds noun phrases by part-of-speech pattern: adjectives followed by one or more nouns or
 * proper nouns (Universal Dependencies tags), normalised to lower case and base forms
 * ({@link PhraseLemmas}; proper nouns keep their form). Immutable and thread-safe.
 */
final class KeyPhraseExtractor {

    private final boolean german;

    KeyPhraseExtractor(String language) {
        this.german = "de".equals(language);
    }

    /** A phrase occurrence: normalised text and offsets into the original text. */
    record Occurrence(String phrase, int start, int end, int words, int token) {}

    List<Occurrence> extract(String[] tokens, String[] tags, int[] starts) {
        List<Occurrence> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.length) {
            int begin = i;
            while (i < tokens.length && "ADJ".equals(tags[i])) {
                i++;
            }
            int nounStart = i;
            while (i < tokens.length && isNoun(tags[i]) && tokens[i].length() > 1) {
                i++;
            }
            if (i > nounStart) {
                int end = starts[i - 1] + tokens[i - 1].length();
                StringBuilder phrase = new StringBuilder();
                for (int k = begin; k < i; k++) {
                    phrase.append(k > begin ? " " : "").append(baseForm(tokens[k].toLowerCase(Locale.ROOT), tags[k]));
                }
                found.add(new Occurrence(phrase.toString(), starts[begin], end, i - begin, begin));
            } else if (i == begin) {
                i++;
            }
        }
        return found;
    }

    private String baseForm(String word, String tag) {
        return switch (tag) {
            case "NOUN" -> PhraseLemmas.noun(word, german);
            case "ADJ" -> PhraseLemmas.adjective(word, german);
            default -> word;
        };
    }

    private static boolean isNoun(String tag) {
        return "NOUN".equals(tag) || "PROPN".equals(tag);
    }
}
