package dev.gemba.nlp.opennlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * Tells English from German with the weights of OpenNLP's {@code langdetect-183} model (a maxent
 * model over character 1- to 3-grams of 103 languages), restricted to its two outcomes
 * {@code eng} and {@code deu}: {@code P(en) = 1 / (1 + e^-(s_eng − s_deu))}, where {@code s} sums
 * the weights of the text's n-grams (each occurrence counted, as OpenNLP does). The analyser has
 * pipelines for these two languages only, so scoring the other 101 (which took most of the time
 * of a short text's sentiment) cannot change which pipeline runs. The probabilities are those
 * of OpenNLP's detector renormalised over the two languages (a clear English sentence gets about
 * 0.75–0.8: the model's weights are small). The weight differences are
 * copied at load time into a primitive hash table keyed by the packed n-gram, so detection
 * allocates nothing per n-gram. Immutable and thread-safe.
 */
final class EnglishGermanDetector {

    /** A detected language ("en" or "de") and P(language | English or German). */
    record Detected(String language, double confidence) {}

    private final long[] keys;
    private final float[] weights;
    private final int mask;

    private EnglishGermanDetector(long[] keys, float[] weights) {
        this.keys = keys;
        this.weights = weights;
        this.mask = keys.length - 1;
    }

    /** Reads {@code langdetect-183.bin} and keeps the English-versus-German weight of each n-gram. */
    static EnglishGermanDetector load() {
        LanguageDetectorModel model;
        try (InputStream in = Resources.open("langdetect-183.bin")) {
            model = new LanguageDetectorModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AbstractModel maxent = (AbstractModel) model.getMaxentModel();
        int eng = maxent.getIndex("eng");
        int deu = maxent.getIndex("deu");
        if (eng < 0 || deu < 0) {
            throw new IllegalStateException("the language model knows no eng or deu");
        }
        @SuppressWarnings("unchecked")
        Map<String, Context> grams = (Map<String, Context>) maxent.getDataStructures()[1];
        Map<Long, Float> differences = new HashMap<>();
        grams.forEach((gram, context) -> {
            double difference = parameter(context, eng) - parameter(context, deu);
            if (difference != 0 && gram.length() >= 1 && gram.length() <= 3) {
                differences.put(pack(gram, 0, gram.length()), (float) difference);
            }
        });
        // most of the model's n-grams are of other scripts and weigh nothing for English or German:
        // a table of the rest, at most half full, stays small enough for the processor's caches
        int capacity = Integer.highestOneBit(Math.max(16, differences.size() * 2)) << 1;
        EnglishGermanDetector detector = new EnglishGermanDetector(new long[capacity], new float[capacity]);
        differences.forEach(detector::put);
        return detector;
    }

    private static double parameter(Context context, int outcome) {
        int[] outcomes = context.getOutcomes();
        for (int k = 0; k < outcomes.length; k++) {
            if (outcomes[k] == outcome) {
                return context.getParameters()[k];
            }
        }
        return 0;
    }

    /**
     * The more probable of English and German. Like OpenNLP's detector it ignores digits, links,
     * e-mail addresses, user handles and emoji, lower-cases the text and squeezes white space.
     */
    Detected detect(CharSequence text) {
        char[] normalised = normalise(text);
        double sum = 0;
        for (int length = 1; length <= 3; length++) {
            for (int i = 0; i + length <= normalised.length; i++) {
                sum += get(pack(normalised, i, length));
            }
        }
        double english = 1 / (1 + Math.exp(-sum));
        return english >= 0.5 ? new Detected("en", english) : new Detected("de", 1 - english);
    }

    private static char[] normalise(CharSequence text) {
        char[] out = new char[text.length()];
        int n = 0;
        int i = 0;
        int length = text.length();
        while (i < length) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                if (n > 0 && out[n - 1] != ' ') {
                    out[n++] = ' ';
                }
                i++;
                continue;
            }
            int end = i;
            while (end < length
                    && !Character.isWhitespace(text.charAt(end))
                    && !Character.isSpaceChar(text.charAt(end))) {
                end++;
            }
            if (!skipped(text, i, end)) {
                for (int k = i; k < end; k++) {
                    char w = text.charAt(k);
                    if (!Character.isDigit(w)
                            && !Character.isSurrogate(w)
                            && Character.getType(w) != Character.OTHER_SYMBOL) {
                        out[n++] = Character.toLowerCase(w);
                    }
                }
            }
            i = end;
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** Links, e-mail addresses and handles say nothing about the language. */
    private static boolean skipped(CharSequence text, int start, int end) {
        char first = text.charAt(start);
        if (first == '@' || end - start >= 4 && startsWith(text, start, "http") || startsWith(text, start, "www.")) {
            return true;
        }
        for (int k = start + 1; k < end; k++) {
            if (text.charAt(k) == '@') {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(CharSequence text, int start, String prefix) {
        if (text.length() - start < prefix.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (Character.toLowerCase(text.charAt(start + k)) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static long pack(String gram, int start, int length) {
        long key = (long) length << 48;
        for (int k = 0; k < length; k++) {
            key |= (long) gram.charAt(start + k) << (16 * k);
        }
        return key;
    }

    private static long pack(char[] chars, int start, int length) {
        long key = (long) length << 48;
        for (int k = 0; k < length; k++) {
            key |= (long) chars[start + k] << (16 * k);
        }
        return key;
    }

    private int slot(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> 32) & mask;
    }

    private void put(long key, float weight) {
        int s = slot(key);
        while (keys[s] != 0 && keys[s] != key) {
            s = (s + 1) & mask;
        }
        keys[s] = key;
        weights[s] = weight;
    }

    private float get(long key) {
        int s = slot(key);
        while (keys[s] != 0) {
            if (keys[s] == key) {
                return weights[s];
            }
            s = (s + 1) & mask;
        }
        return 0;
    }
}
