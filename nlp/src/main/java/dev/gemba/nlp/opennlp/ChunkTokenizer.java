package dev.gemba.nlp.opennlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * The language's OpenNLP tokenizer model with a fast path: the text is split at white space and
 * only chunks that need the model go to it. One token without asking the model: a chunk of
 * letters, digits and underscores (OpenNLP's "alphanumeric optimisation", which the published
 * models leave off), a {@code @handle} or {@code #hashtag}, a link (trailing punctuation split
 * off), a common emoticon, and any chunk longer than {@link #MAX_MODEL_CHUNK} characters (the
 * model's cost grows with the square of a chunk's length). Two tokens: such a word followed by
 * one comma, semicolon or colon, or by a run of full stops, question and exclamation marks (a
 * single full stop only when the word is no abbreviation). Everything else ("don't", "z.B.",
 * "3.5", "(VPN)") is tokenised by the model. On short feedback most chunks take the fast path.
 * Not thread-safe (the model's {@link TokenizerME} is not): one instance per thread or borrowed
 * from a pool.
 */
final class ChunkTokenizer implements Tokenizer {

    static final int MAX_MODEL_CHUNK = 64;

    /** Words whose full stop the models keep or that are ambiguous: left to the model. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "etc", "vs", "approx", "dept", "inc", "ltd", "jan", "feb", "mar", "apr",
            "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "bzw", "usw", "ca", "nr", "evtl", "ggf", "inkl",
            "zzgl", "bspw", "vgl", "hr", "fr", "str", "tel", "abt", "mio", "mrd", "sog", "no", "st", "co");

    private static final Set<String> EMOTICONS =
            Set.of(":)", ":-)", ";)", ";-)", ":]", "=)", ":D", ":-D", ":(", ":-(", ":/", ":-/", ":'(", ":[", "=(");

    private static final String TRAILING = ".,;:!?)]}\"'»“”";

    /** Most chunks the model's answers are remembered for; the memory is cleared when full. */
    static final int CACHED_CHUNKS = 8192;

    private final TokenizerME model;
    /**
     * The model's token spans of recently seen chunks (relative to the chunk): its answer depends
     * on the chunk alone, and chunks such as "don't" or "(VPN)" recur in feedback.
     */
    private final Map<String, Span[]> chunks = new HashMap<>();

    ChunkTokenizer(TokenizerModel model) {
        this.model = new TokenizerME(model);
    }

    @Override
    public String[] tokenize(String text) {
        return Span.spansToStrings(tokenizePos(text), text);
    }

    @Override
    public Span[] tokenizePos(String text) {
        List<Span> spans = new ArrayList<>(text.length() / 5 + 4);
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && isSpace(text.charAt(i))) {
                i++;
            }
            int end = i;
            while (end < n && !isSpace(text.charAt(end))) {
                end++;
            }
            if (end > i) {
                chunk(text, i, end, spans);
            }
            i = end;
        }
        return spans.toArray(Span[]::new);
    }

    private void chunk(String text, int start, int end, List<Span> spans) {
        int from = start;
        char first = text.charAt(start);
        if ((first == '@' || first == '#') && end - start > 1) {
            from++; // handles and hashtags are one token
        } else if (isLink(text, start, end)) {
            int stop = end;
            while (stop > start + 1 && TRAILING.indexOf(text.charAt(stop - 1)) >= 0) {
                stop--;
            }
            spans.add(new Span(start, stop));
            for (int k = stop; k < end; k++) {
                spans.add(new Span(k, k + 1));
            }
            return;
        }
        int letters = from;
        while (letters < end && isWordChar(text.charAt(letters))) {
            letters++;
        }
        if (letters == end || end - start > MAX_MODEL_CHUNK) {
            spans.add(new Span(start, end));
            return;
        }
        if (letters > from && splitsOff(text, start, letters, end)) {
            spans.add(new Span(start, letters));
            spans.add(new Span(letters, end));
            return;
        }
        if (end - start <= 3 && EMOTICONS.contains(text.substring(start, end))) {
            spans.add(new Span(start, end));
            return;
        }
        String chunk = text.substring(start, end);
        Span[] tokens = chunks.get(chunk);
        if (tokens == null) {
            tokens = model.tokenizePos(chunk);
            if (chunks.size() >= CACHED_CHUNKS) {
                chunks.clear();
            }
            chunks.put(chunk, tokens);
        }
        for (Span span : tokens) {
            spans.add(new Span(start + span.getStart(), start + span.getEnd()));
        }
    }

    /**
     * Whether the punctuation {@code [word, end)} after the word {@code [start, word)} is certainly
     * one token of its own: one comma, semicolon or colon, or a run of full stops, question and
     * exclamation marks (a single full stop only after a word that is no abbreviation).
     */
    private static boolean splitsOff(String text, int start, int word, int end) {
        char c = text.charAt(word);
        if (word + 1 == end && (c == ',' || c == ';' || c == ':' && !Character.isDigit(text.charAt(word - 1)))) {
            return true;
        }
        for (int k = word; k < end; k++) {
            char p = text.charAt(k);
            if (p != '.' && p != '!' && p != '?') {
                return false;
            }
        }
        return c != '.'
                || end - word > 1
                || word - start >= 2
                        && !Character.isDigit(text.charAt(word - 1))
                        && !ABBREVIATIONS.contains(text.substring(start, word).toLowerCase(Locale.ROOT));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static boolean isLink(String text, int start, int end) {
        return end - start > 8
                && (text.regionMatches(true, start, "http://", 0, 7)
                        || text.regionMatches(true, start, "https://", 0, 8)
                        || text.regionMatches(true, start, "www.", 0, 4));
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
