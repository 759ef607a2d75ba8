package dev.gemba.nlp.opennlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Prior polarity of words: Gemba's own lexicon (IT-service vocabulary, everyday evaluative words,
 * negators, intensifiers and diminishers, sarcasm markers, and verbs that are negative only when
 * negated: "couldn't find"), and for English behind it the VADER lexicon (about 7,500 words,
 * emoticons and slang rated by people on −4…+4, halved to Gemba's scale; MIT licence, see
 * {@code dev/gemba/nlp/vader/NOTICE.txt}). An entry of Gemba's lexicon overrides VADER's, and a
 * weight of 0 there takes a word VADER rates out ("kill", "error" in a developer's question are
 * no feeling). Entries ending in {@code *} match as prefixes. Immutable and thread-safe.
 */
final class PolarityLexicon {

    /** VADER rates on −4…+4; Gemba's lexicon on about −2…+2. */
    private static final double VADER_SCALE = 0.5;

    private static final String VADER = "dev/gemba/nlp/vader/vader_sentiment_lexicon.txt";

    private final Map<String, Double> words = new HashMap<>();
    private final List<Map.Entry<String, Double>> prefixes = new ArrayList<>();
    private final Set<String> negators = new HashSet<>();
    private final Map<String, Double> modifiers = new HashMap<>();
    private final Map<String, Double> negatedOnly = new HashMap<>();
    private final Set<String> sarcasmMarkers = new HashSet<>();
    /** The words before the first space of each sarcasm marker: any other word starts none. */
    private final Set<String> sarcasmStarts = new HashSet<>();

    private final Set<String> repetitionCues = new HashSet<>();
    private final Set<String> opinionVerbs = new HashSet<>();
    /** German puts "nicht" after the verb ("funktioniert nicht"): negators this far after a word count too. */
    private int postNegationScope;

    PolarityLexicon(String resource, String prior) {
        if (prior != null) {
            for (String[] row : Resources.table(prior)) {
                if (row.length >= 2 && !row[0].isEmpty()) {
                    words.put(row[0], VADER_SCALE * Double.parseDouble(row[1]));
                }
            }
        }
        for (String[] row : Resources.table(resource)) {
            switch (row[0]) {
                case "negator" -> negators.add(row[1]);
                case "modifier" -> modifiers.put(row[1], Double.parseDouble(row[2]));
                case "post-negation-scope" -> postNegationScope = Integer.parseInt(row[1]);
                case "negated" -> negatedOnly.put(row[1], Double.parseDouble(row[2]));
                case "sarcasm" -> {
                    sarcasmMarkers.add(row[1]);
                    int space = row[1].indexOf(' ');
                    sarcasmStarts.add(space < 0 ? row[1] : row[1].substring(0, space));
                }
                case "repetition" -> repetitionCues.add(row[1]);
                case "opinion" -> opinionVerbs.add(row[1]);
                case "polarity" -> {
                    double weight = Double.parseDouble(row[2]);
                    if (row[1].endsWith("*")) {
                        prefixes.add(Map.entry(row[1].substring(0, row[1].length() - 1), weight));
                    } else {
                        words.put(row[1], weight);
                    }
                }
                default -> throw new IllegalStateException("unknown lexicon entry type " + row[0] + " in " + resource);
            }
        }
    }

    /** The lexicon of a built-in language ("en" or "de"), loaded once. */
    static PolarityLexicon of(String language) {
        return switch (language) {
            case "de" -> German.LEXICON;
            default -> English.LEXICON;
        };
    }

    private static final class English {
        static final PolarityLexicon LEXICON = new PolarityLexicon("dev/gemba/nlp/lexicon-en.tsv", VADER);
    }

    private static final class German {
        static final PolarityLexicon LEXICON = new PolarityLexicon("dev/gemba/nlp/lexicon-de.tsv", null);
    }

    /** Whether a lower-cased token negates what follows it (or, in German, what precedes it). */
    boolean isNegator(String token) {
        return negators.contains(token) || token.endsWith("n't");
    }

    /** The multiplier of an intensifier (above 1) or diminisher (below 1), or {@code null}. */
    Double modifier(String token) {
        return modifiers.get(token);
    }

    /** How far back a post-verbal negator reaches; 0 for languages without one. */
    int postNegationScope() {
        return postNegationScope;
    }

    /**
     * The prior polarity of a lower-cased token, or {@code null} when neither lexicon knows it
     * (or Gemba's rates it 0).
     */
    Double polarity(String token) {
        Double weight = words.get(token);
        if (weight != null) {
            return weight == 0 ? null : weight;
        }
        for (var prefix : prefixes) {
            if (token.startsWith(prefix.getKey())) {
                return prefix.getValue();
            }
        }
        return null;
    }

    /** The polarity of a word that counts only when negated ("find" in "couldn't find"), or {@code null}. */
    Double negatedPolarity(String token) {
        return negatedOnly.get(token);
    }

    /**
     * How many words from {@code i} on form a sarcasm marker ("na toll", "yeah right", "thanks for
     * nothing"), or 0.
     */
    int sarcasmMarker(String[] words, int i) {
        if (i + 1 >= words.length || words[i] == null || words[i + 1] == null) {
            return 0;
        }
        if (words[i].indexOf(' ') < 0 && !sarcasmStarts.contains(words[i])) {
            return 0; // no marker starts with this word
        }
        String two = words[i] + " " + words[i + 1];
        if (i + 2 < words.length && words[i + 2] != null && sarcasmMarkers.contains(two + " " + words[i + 2])) {
            return 3;
        }
        return sarcasmMarkers.contains(two) ? 2 : 0;
    }

    /** Whether a word says a fault happened again ("again", "wieder"): praise beside it is sarcasm. */
    boolean isRepetitionCue(String token) {
        return repetitionCues.contains(token);
    }

    /** Whether a verb of opinion carries a negation to the end of its clause ("don't think … helpful"). */
    boolean isOpinionVerb(String token) {
        return opinionVerbs.contains(token);
    }
}
