package dev.gemba.nlp.opennlp;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;

import opennlp.tools.doccat.FeatureGenerator;

/**
 * Features of Gemba's sentiment models, for OpenNLP's document categorizer: lower-cased token
 * unigrams with negation scope marking (the three tokens after a negator get a {@code NOT_}
 * prefix; in German a clause-final "nicht" also negates the three tokens before it, and a
 * "nicht" anywhere negates the polar words just before it), bigrams, intensifier and diminisher
 * features, light stems ({@code s=drucker} for "Druckers", {@code s=crash} for "crashes"; the
 * lexicon is also asked for the stem of a word it does not know), the head of a long German
 * compound ({@code k=spätung} for "Zugverspätung"), counts of the project's polarity lexicon hits after negation ({@code LEX_POS_1},
 * {@code LEX_NEG_2+}, …), emphasis ({@code SHOUT}, {@code EXCL}) and the handles a text
 * addresses ({@code h=@helpdesk}). Each feature counts once per text (presence, not frequency).
 * The model file names the language's subclass, so a loaded model rebuilds the same features.
 * Immutable and thread-safe.
 */
public class SentimentFeatures implements FeatureGenerator {

    /** How many tokens after a negator are negated. */
    static final int NEGATION_SCOPE = 3;

    /** German words at least this long are probably compounds: the last {@link #HEAD} letters of their stem are a feature. */
    static final int COMPOUND = 10;

    static final int HEAD = 6;

    private final String language;
    private final PolarityLexicon lexicon;
    private final boolean german;

    SentimentFeatures(String language) {
        this.language = language;
        this.lexicon = PolarityLexicon.of(language);
        this.german = "de".equals(language);
    }

    /** The features for a built-in language: "de" for German, anything else English. */
    public static SentimentFeatures forLanguage(String language) {
        return "de".equals(language) ? new GermanSentimentFeatures() : new EnglishSentimentFeatures();
    }

    /** The language whose lexicon and negation rules these features use. */
    public String language() {
        return language;
    }

    /** Normalised words (null for punctuation), which of them are negated, and their stems. */
    record Marked(String[] words, boolean[] negated, String[] stems) {

        /** The unigram feature of token {@code i}, or {@code null} for punctuation. */
        String unigram(int i) {
            return words[i] == null ? null : "w=" + (negated[i] ? "NOT_" : "") + words[i];
        }

        /** The bigram feature of tokens {@code i} and {@code i + 1}, or {@code null}. */
        String bigram(int i) {
            return i + 1 >= words.length || words[i] == null || words[i + 1] == null
                    ? null
                    : "b=" + words[i] + "_" + words[i + 1];
        }
    }

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        Marked marked = mark(tokens);
        String[] words = marked.words();
        Collection<String> features = new LinkedHashSet<>(tokens.length * 2 + 8);
        features.add("BIAS");
        boolean shouted = false;
        boolean exclamation = false;
        boolean question = false;
        for (int i = 0; i < tokens.length; i++) {
            String unigram = marked.unigram(i);
            if (unigram != null) {
                features.add(unigram);
            }
            String bigram = marked.bigram(i);
            if (bigram != null) {
                features.add(bigram);
            }
            String stem = marked.stems()[i];
            if (stem != words[i]) {
                features.add("s=" + (marked.negated()[i] ? "NOT_" : "") + stem);
            }
            if (german && stem != null && stem.length() >= COMPOUND) {
                features.add("k=" + (marked.negated()[i] ? "NOT_" : "") + stem.substring(stem.length() - HEAD));
            }
            if (tokens[i].length() > 1 && tokens[i].charAt(0) == '@') {
                features.add("h=" + tokens[i].toLowerCase(java.util.Locale.ROOT)); // whom the text addresses
            }
            shouted |= TokenText.shouted(tokens[i]);
            exclamation |= tokens[i].contains("!");
            question |= tokens[i].contains("?");
        }
        if (shouted) {
            features.add("SHOUT");
        }
        if (exclamation) {
            features.add("EXCL");
        }
        if (question) {
            features.add("QUEST");
        }
        lexiconFeatures(marked, features);
        return features;
    }

    private void lexiconFeatures(Marked marked, Collection<String> features) {
        String[] words = marked.words();
        int positive = 0;
        int negative = 0;
        double sum = 0;
        boolean strongPositive = false;
        boolean strongNegative = false;
        for (int i = 0; i < words.length; i++) {
            Double prior = words[i] == null ? null : lexicon.polarity(words[i]);
            if (prior == null && marked.stems()[i] != words[i]) {
                prior = lexicon.polarity(marked.stems()[i]); // "schnelle", "freundlichen"
            }
            if (prior == null) {
                continue;
            }
            double w = marked.negated()[i] ? -0.8 * prior : prior;
            Double modifier = i > 0 && words[i - 1] != null ? lexicon.modifier(words[i - 1]) : null;
            if (modifier != null) {
                w *= modifier;
                features.add((modifier > 1 ? "INT_" : "DIM_") + (w > 0 ? "POS" : "NEG"));
            }
            sum += w;
            if (w > 0) {
                positive++;
                strongPositive |= w >= 1.5;
            } else {
                negative++;
                strongNegative |= w <= -1.5;
            }
        }
        features.add("LEX_POS_" + bucket(positive));
        features.add("LEX_NEG_" + bucket(negative));
        features.add("LEX_PN_" + bucket(positive) + "_" + bucket(negative));
        if (strongPositive) {
            features.add("LEX_POS_STRONG");
        }
        if (strongNegative) {
            features.add("LEX_NEG_STRONG");
        }
        features.add(
                sum >= 2
                        ? "LEX_SUM_POS2"
                        : sum > 0 ? "LEX_SUM_POS" : sum == 0 ? "LEX_SUM_0" : sum > -2 ? "LEX_SUM_NEG" : "LEX_SUM_NEG2");
    }

    private static String bucket(int count) {
        return count >= 2 ? "2+" : Integer.toString(count);
    }

    /** Normalises the tokens and marks the scope of every negator. */
    Marked mark(String[] tokens) {
        String[] words = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            words[i] = TokenText.normalise(tokens[i]);
        }
        boolean[] negated = new boolean[tokens.length];
        int scope = 0;
        for (int i = 0; i < tokens.length; i++) {
            String w = words[i];
            if (TokenText.breaksClause(w)) {
                scope = 0;
            } else if (lexicon.isNegator(w)) {
                scope = NEGATION_SCOPE;
                negateBefore(words, negated, i);
            } else if (scope > 0) {
                negated[i] = true;
                scope--;
            }
        }
        String[] stems = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            stems[i] = words[i] == null ? null : TokenText.stem(words[i], german);
        }
        return new Marked(words, negated, stems);
    }

    /**
     * German post-verbal negation: a clause-final negator ("funktioniert seit Tagen nicht")
     * negates the tokens before it; any other negator the polar words just before it.
     */
    private void negateBefore(String[] words, boolean[] negated, int negator) {
        int reach = lexicon.postNegationScope();
        if (reach == 0) {
            return;
        }
        boolean clauseFinal = negator + 1 == words.length || TokenText.breaksClause(words[negator + 1]);
        for (int k = negator - 1; k >= 0 && k >= negator - reach; k--) {
            if (TokenText.breaksClause(words[k]) || lexicon.isNegator(words[k])) {
                return;
            }
            if (clauseFinal || lexicon.polarity(words[k]) != null) {
                negated[k] = true;
            }
        }
    }
}
