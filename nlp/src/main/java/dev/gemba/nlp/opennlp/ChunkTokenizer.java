package dev.gemba.nlp.opennlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * The language's OpenNLP tokenizer model with a fast path: the text is split at white space and
 * only chunks that need the model go to it. A chunk of letters and digits is one token (OpenNLP's
 * "alphanumeric optimisation", which the published models leave off), and so is a word followed
 * by one comma, colon, semicolon, question or exclamation mark or (unless the word is a known
 * abbreviation) full stop, which is split off; most words of most texts take this path, which
 * asks the maxent model nothing. A chunk longer than {@link #MAX_MODEL_CHUNK} characters is one
 * token too, because the model's cost grows with the square of a chunk's length. Everything else
 * ("don't", "@united", "z.B.", "3.5", ":)") is tokenised by the model. Not thread-safe (the
 * model's {@link TokenizerME} is not): one instance per thread or borrowed from a pool.
 */
final class ChunkTokenizer implements Tokenizer {

    static final int MAX_MODEL_CHUNK = 64;

    /** Words whose full stop the models keep or that are ambiguous: left to the model. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "etc", "vs", "approx", "dept", "inc", "ltd", "jan", "feb", "mar", "apr",
            "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "bzw", "usw", "ca", "nr", "evtl", "ggf", "inkl",
            "zzgl", "bspw", "vgl", "hr", "fr", "str", "tel", "abt", "mio", "mrd", "sog", "no", "st", "co");

    private final TokenizerME model;

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
        int letters = start;
        while (letters < end && Character.isLetterOrDigit(text.charAt(letters))) {
            letters++;
        }
        if (letters == end || end - start > MAX_MODEL_CHUNK) {
            spans.add(new Span(start, end));
            return;
        }
        if (letters + 1 == end && letters > start && splitsOff(text, start, letters)) {
            spans.add(new Span(start, letters));
            spans.add(new Span(letters, end));
            return;
        }
        for (Span span : model.tokenizePos(text.substring(start, end))) {
            spans.add(new Span(start + span.getStart(), start + span.getEnd()));
        }
    }

    /** Whether the single character after the word {@code [start, end)} is certainly its own token. */
    private static boolean splitsOff(String text, int start, int end) {
        return switch (text.charAt(end)) {
            case ',', ';', '!', '?' -> true;
            case ':' -> !Character.isDigit(text.charAt(end - 1));
            case '.' -> end - start >= 2
                    && !Character.isDigit(text.charAt(end - 1))
                    && !ABBREVIATIONS.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
            default -> false;
        };
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
