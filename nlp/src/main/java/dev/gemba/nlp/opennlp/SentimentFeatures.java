package dev.gemba.nlp.opennlp;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;

import opennlp.tools.doccat.FeatureGenerator;

/**
 * Features of Gemba's sentiment models, for OpenNLP's document categorizer. Two kinds:
 *
 * <ul>
 *   <li><b>Words</b> (lower case first letter): unigrams with negation scope marking ({@code
 *       w=NOT_helpful}), bigrams, light stems ({@code s=drucker}), the head of a long German
 *       compound ({@code k=spätung});
 *   <li><b>Cues</b> (upper case, the same in every domain): the prior polarity of the words after
 *       negation, intensifiers and sarcasm ({@link PolarityLexicon}: Gemba's lexicon and, for
 *       English, VADER's) as counts, strength classes and sum buckets; negated praise or blame;
 *       contrast (the polarity of the first and the last clause when "but", "aber", "although"
 *       … split a text); sarcasm; emphasis ({@code SHOUT}, {@code EXCL}); questions without
 *       polar words; code in the text.
 * </ul>
 *
 * Built-in models are trained on every text twice, once with cue features only, so that a text
 * whose words the corpus lacks is judged by its cues (see {@link ModelTrainer#cueCopies}).
 * {@link Marked} is the shared reading of a text (negation scopes, clauses, sarcasm, prior
 * polarity per token) that the explanation uses too. Each feature counts once per text. The
 * model file names the language's subclass, so a loaded model rebuilds the same features.
 * Immutable and thread-safe.
 */
public class SentimentFeatures implements FeatureGenerator {

    /** How many tokens after a negator are negated (the whole clause after an opinion verb or clause-initially). */
    static final int NEGATION_SCOPE = 3;

    /** German words at least this long are probably compounds: the last {@link #HEAD} letters of their stem are a feature. */
    static final int COMPOUND = 10;

    static final int HEAD = 6;

    /** "not good" is bad, but "not bad" only mildly good. */
    static final double NEGATION_FLIP = -0.8;

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

    PolarityLexicon lexicon() {
        return lexicon;
    }

    /** Whether a feature is a cue (carries over between domains) rather than a word of the text. */
    static boolean isCue(String feature) {
        return !feature.isEmpty() && Character.isUpperCase(feature.charAt(0));
    }

    /**
     * A text as the features read it.
     *
     * @param words normalised words, {@code null} for punctuation
     * @param negated whether each token is in a negator's scope
     * @param stems light stems
     * @param prior each token's polarity after negation, intensifier and sarcasm, 0 for none
     * @param clause each token's clause number from 0 (contrast words start a clause)
     * @param sarcasm whether each token is a sarcasm cue (a marker, or praise turned into blame)
     * @param negator for a negated token, the index of its negator; -1 otherwise
     */
    record Marked(
            String[] words,
            boolean[] negated,
            String[] stems,
            double[] prior,
            int[] clause,
            boolean[] sarcasm,
            int[] negator) {

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

        int clauses() {
            return clause.length == 0 ? 0 : clause[clause.length - 1] + 1;
        }

        boolean sarcastic() {
            for (boolean s : sarcasm) {
                if (s) {
                    return true;
                }
            }
            return false;
        }
    }

    @Override
    public Collection<String> extractFeatures(String[] tokens, Map<String, Object> extraInformation) {
        return features(tokens, mark(tokens));
    }

    Collection<String> features(String[] tokens, Marked marked) {
        String[] words = marked.words();
        // room for the usual features (unigram, bigram, stem per token, the cues) without rehashing
        Collection<String> features = new LinkedHashSet<>((tokens.length * 3 + 16) * 4 / 3 + 1);
        features.add("BIAS");
        boolean shouted = false;
        boolean exclamation = false;
        boolean question = false;
        boolean code = false;
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
            shouted |= TokenText.shouted(tokens[i]);
            exclamation |= tokens[i].indexOf('!') >= 0;
            question |= tokens[i].indexOf('?') >= 0;
            code |= TokenText.looksLikeCode(tokens[i]);
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
        if (code) {
            features.add("CODE");
        }
        int hits = cues(tokens, marked, features);
        if (question && hits == 0) {
            features.add("QUEST_LEX0");
        }
        return features;
    }

    /** The prior-polarity cues; returns the number of polar tokens. */
    private int cues(String[] tokens, Marked marked, Collection<String> features) {
        double[] prior = marked.prior();
        int positive = 0;
        int negative = 0;
        double sum = 0;
        int lastClause = marked.clauses() - 1;
        double first = 0;
        double last = 0;
        for (int i = 0; i < prior.length; i++) {
            double w = prior[i];
            if (w == 0) {
                continue;
            }
            String sign = w > 0 ? "POS" : "NEG";
            double a = Math.abs(w);
            features.add("PRI_" + sign + (a >= 1.5 ? "_S" : a >= 0.75 ? "_M" : "_W"));
            if (marked.negated()[i]) {
                features.add("NEGATED_" + (w > 0 ? "NEG" : "POS")); // the word's own polarity, negated
            }
            Double modifier = i > 0 && marked.words()[i - 1] != null ? lexicon.modifier(marked.words()[i - 1]) : null;
            if (modifier != null) {
                features.add((modifier > 1 ? "INT_" : "DIM_") + sign);
            }
            sum += w;
            if (w > 0) {
                positive++;
            } else {
                negative++;
            }
            if (marked.clause()[i] == 0) {
                first += w;
            }
            if (marked.clause()[i] == lastClause) {
                last += w;
            }
        }
        features.add("LEX_POS_" + bucket(positive));
        features.add("LEX_NEG_" + bucket(negative));
        features.add("LEX_PN_" + bucket(positive) + "_" + bucket(negative));
        features.add("LEX_SUM_" + sumBucket(sum));
        if (lastClause > 0) {
            features.add("CONTRAST");
            features.add("FIRST_" + sign(first));
            features.add("LAST_" + sign(last));
        }
        if (marked.sarcastic()) {
            features.add("SARC");
        }
        return positive + negative;
    }

    private static String sign(double value) {
        return value > 0.25 ? "POS" : value < -0.25 ? "NEG" : "0";
    }

    private static String bucket(int count) {
        return count >= 3 ? "3+" : Integer.toString(count);
    }

    private static String sumBucket(double sum) {
        if (sum == 0) {
            return "0";
        }
        double a = Math.abs(sum);
        String size = a < 0.6 ? "1" : a < 1.2 ? "2" : a < 2.4 ? "3" : "4";
        return (sum > 0 ? "POS" : "NEG") + size;
    }

    /** Normalises the tokens, splits clauses, marks negation scopes and sarcasm, and rates each token. */
    Marked mark(String[] tokens) {
        int n = tokens.length;
        String[] words = new String[n];
        for (int i = 0; i < n; i++) {
            words[i] = TokenText.normalise(tokens[i]);
        }
        int[] clause = Clauses.split(tokens, words);
        boolean[] negated = new boolean[n];
        int[] negator = new int[n];
        java.util.Arrays.fill(negator, -1);
        markNegation(tokens, words, clause, negated, negator);
        String[] stems = new String[n];
        for (int i = 0; i < n; i++) {
            stems[i] = words[i] == null ? null : TokenText.stem(words[i], german);
        }
        double[] prior = new double[n];
        boolean[] sarcasm = new boolean[n];
        for (int i = 0; i < n; i++) {
            prior[i] = prior(tokens, words, stems, negated, i);
        }
        markSarcasm(words, clause, prior, sarcasm);
        return new Marked(words, negated, stems, prior, clause, sarcasm, negator);
    }

    private double prior(String[] tokens, String[] words, String[] stems, boolean[] negated, int i) {
        if (words[i] == null || lexicon.isNegator(words[i])) {
            return 0;
        }
        Double p = lexicon.polarity(words[i]);
        if (p == null && stems[i] != words[i]) {
            p = lexicon.polarity(stems[i]); // "schnelle", "freundlichen"
        }
        if (p == null) {
            Double onlyNegated = negated[i] ? lexicon.negatedPolarity(words[i]) : null;
            return onlyNegated == null ? 0 : onlyNegated; // "couldn't find"
        }
        double w = p;
        Double modifier = i > 0 && words[i - 1] != null ? lexicon.modifier(words[i - 1]) : null;
        if (modifier != null) {
            w *= modifier;
        }
        if (negated[i]) {
            w *= NEGATION_FLIP;
        }
        if (TokenText.shouted(tokens[i])) {
            w *= 1.3;
        }
        return w;
    }

    /**
     * Negation scopes: three tokens after a negator, or to the end of the clause when the negator
     * opens its clause ("Not once … has it worked"), governs a verb of opinion ("don't think … is
     * helpful") or is "weder"/"neither"; German post-verbal "nicht" negates what precedes it.
     * Scopes end at punctuation and contrast words.
     */
    private void markNegation(String[] tokens, String[] words, int[] clause, boolean[] negated, int[] negatorOf) {
        int scope = 0;
        int from = -1;
        boolean contentInClause = false;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i > 0 && clause[i] != clause[i - 1]) {
                scope = 0;
                contentInClause = false;
            }
            if (w == null && TokenText.joinsWords(tokens[i])) {
                continue; // "self-service": a hyphen ends no scope
            }
            if (TokenText.breaksClause(w)) {
                scope = 0;
                continue;
            }
            if (lexicon.isNegator(w)) {
                boolean wholeClause =
                        !contentInClause || "weder".equals(w) || "neither".equals(w) || nextIsOpinionVerb(words, i);
                scope = wholeClause ? Integer.MAX_VALUE : NEGATION_SCOPE;
                from = i;
                negateBefore(words, negated, negatorOf, i);
            } else if (scope > 0) {
                negated[i] = true;
                negatorOf[i] = from;
                scope--;
            }
            if (!TokenText.isFiller(w)) {
                contentInClause = true;
            }
        }
    }

    private boolean nextIsOpinionVerb(String[] words, int negator) {
        for (int k = negator + 1; k < words.length && k <= negator + 2; k++) {
            if (words[k] != null && lexicon.isOpinionVerb(words[k])) {
                return true;
            }
        }
        return false;
    }

    /**
     * German post-verbal negation: a clause-final negator ("funktioniert seit Tagen nicht", "geht
     * nicht mehr") negates the tokens before it; any other negator the polar words just before it.
     */
    private void negateBefore(String[] words, boolean[] negated, int[] negatorOf, int negator) {
        int reach = lexicon.postNegationScope();
        if (reach == 0) {
            return;
        }
        int after = negator + 1;
        if (after < words.length && "mehr".equals(words[after])) {
            after++;
        }
        boolean clauseFinal = after >= words.length || TokenText.breaksClause(words[after]);
        for (int k = negator - 1; k >= 0 && k >= negator - reach; k--) {
            if (TokenText.breaksClause(words[k]) || lexicon.isNegator(words[k])) {
                return;
            }
            if (clauseFinal || lexicon.polarity(words[k]) != null || lexicon.negatedPolarity(words[k]) != null) {
                negated[k] = true;
                negatorOf[k] = negator;
            }
        }
    }

    /**
     * Sarcasm: a marker ("na toll", "yeah right", "thanks for nothing"), or praise in a text that
     * also reports a fault happening again ("super, schon wieder ausgefallen"). The praise then
     * counts as blame, and the marker and the praise are sarcasm cues.
     */
    private void markSarcasm(String[] words, int[] clause, double[] prior, boolean[] sarcasm) {
        int clauses = clause.length == 0 ? 0 : clause[clause.length - 1] + 1;
        boolean marker = false;
        boolean[] repetition = new boolean[clauses];
        boolean[] blame = new boolean[clauses];
        for (int i = 0; i < words.length; i++) {
            int length = lexicon.sarcasmMarker(words, i);
            if (length > 0) {
                marker = true;
                for (int k = i; k < i + length; k++) {
                    sarcasm[k] = true;
                }
            }
            repetition[clause[i]] |= words[i] != null && lexicon.isRepetitionCue(words[i]);
            blame[clause[i]] |= prior[i] < 0;
        }
        for (int i = 0; i < words.length; i++) {
            // a marker turns the whole sentence; repetition and blame only their own clause
            if (prior[i] > 0 && (marker || repetition[clause[i]] && blame[clause[i]])) {
                prior[i] = -prior[i];
                sarcasm[i] = true;
            }
        }
    }
}
