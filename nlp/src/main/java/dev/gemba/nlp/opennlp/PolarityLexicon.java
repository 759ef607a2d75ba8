package dev.gemba.nlp.opennlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.gemba.nlp.SentimentEvidence;

/**
 * A domain polarity lexicon written for Gemba (IT-service vocabulary plus everyday evaluative
 * words), with negators, intensifiers and diminishers. Entries ending in {@code *} match as
 * prefixes. Immutable and thread-safe.
 */
final class PolarityLexicon {

    /** How many tokens back a negator still flips a polar word. */
    static final int NEGATION_SCOPE = 3;

    private final Map<String, Double> words = new HashMap<>();
    private final List<Map.Entry<String, Double>> prefixes = new ArrayList<>();
    private final Set<String> negators = new HashSet<>();
    private final Map<String, Double> modifiers = new HashMap<>();
    /** German puts "nicht" after the verb ("funktioniert nicht"): negators this far after a word count too. */
    private int postNegationScope;

    PolarityLexicon(String resource) {
        for (String[] row : Resources.table(resource)) {
            switch (row[0]) {
                case "negator" -> negators.add(row[1]);
                case "modifier" -> modifiers.put(row[1], Double.parseDouble(row[2]));
                case "post-negation-scope" -> postNegationScope = Integer.parseInt(row[1]);
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

    /**
     * Scores the tokens of one sentence and adds the contributing tokens to {@code evidence}.
     *
     * @param tokens the sentence's tokens
     * @param starts offset of each token in the original text
     * @return the raw (unbounded) polarity sum
     */
    double score(String[] tokens, int[] starts, List<SentimentEvidence> evidence) {
        double sum = 0;
        int lastNegator = -100;
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i].toLowerCase(Locale.ROOT);
            if (negators.contains(token) || token.endsWith("n't")) {
                lastNegator = i;
                continue;
            }
            Double weight = polarity(token);
            if (weight == null) {
                continue;
            }
            double w = weight;
            if (i > 0 && modifiers.containsKey(tokens[i - 1].toLowerCase(Locale.ROOT))) {
                w *= modifiers.get(tokens[i - 1].toLowerCase(Locale.ROOT));
            }
            if (i - lastNegator <= NEGATION_SCOPE || negatedAfter(tokens, i)) {
                w = -0.8 * w; // "not good" is bad, but "not bad" is only mildly good
            }
            if (tokens[i].length() > 2
                    && tokens[i].equals(tokens[i].toUpperCase(Locale.ROOT))
                    && !tokens[i].equals(tokens[i].toLowerCase(Locale.ROOT))) {
                w *= 1.3; // SHOUTING
            }
            sum += w;
            evidence.add(new SentimentEvidence(tokens[i], starts[i], starts[i] + tokens[i].length(), w));
        }
        return sum;
    }

    private boolean negatedAfter(String[] tokens, int i) {
        for (int k = i + 1; k <= i + postNegationScope && k < tokens.length; k++) {
            if (negators.contains(tokens[k].toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The lexicon of a built-in language ("en" or "de"), loaded once. */
    static PolarityLexicon of(String language) {
        return switch (language) {
            case "de" -> German.LEXICON;
            default -> English.LEXICON;
        };
    }

    private static final class English {
        static final PolarityLexicon LEXICON = new PolarityLexicon("dev/gemba/nlp/lexicon-en.tsv");
    }

    private static final class German {
        static final PolarityLexicon LEXICON = new PolarityLexicon("dev/gemba/nlp/lexicon-de.tsv");
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

    /** The prior polarity of a lower-cased token, or {@code null} when the lexicon does not know it. */
    Double polarity(String token) {
        Double weight = words.get(token);
        if (weight != null) {
            return weight;
        }
        for (var prefix : prefixes) {
            if (token.startsWith(prefix.getKey())) {
                return prefix.getValue();
            }
        }
        return null;
    }
}
