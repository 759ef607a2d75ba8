package dev.gemba.nlp.opennlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import dev.gemba.nlp.DocumentSentiment;
import dev.gemba.nlp.Sentiment;
import dev.gemba.nlp.SentimentEvidence;

/**
 * Chooses the evidence of an analysis: the content words and phrases whose contribution
 * ({@link SentimentClassifier#contributions}) points the way of the reported label, or, in a MIXED
 * text, of their own clause; none for a NEUTRAL text. A negated word is shown with its negator
 * ("doesn't boot"), a sarcasm marker as one phrase ("Na toll"), praise that sarcasm turns into
 * blame as a sarcasm cue. Function words, numbers and intensifiers are never evidence. Stateless.
 */
final class Explanation {

    /** Contributions smaller than this (log-odds) are noise, not evidence. */
    static final double MIN_EVIDENCE = 0.25;

    static final int MAX_EVIDENCE = 10;

    /** A negator at most this many tokens before its word is shown with it. */
    private static final int NEAR_NEGATOR = 2;

    private static final Set<String> CONTENT_TAGS =
            Set.copyOf(java.util.Arrays.asList("NOUN", "PROPN", "VERB", "ADJ", "ADV", "INTJ"));

    /** Words the taggers call adverbs or verbs that carry no sentiment of their own. */
    private static final Set<String> FUNCTION_WORDS = Set.copyOf(java.util.Arrays.asList(
            "has", "have", "had", "be", "been", "being", "do", "does", "did", "get", "got", "also", "just", "then",
            "there", "here", "now", "only", "even", "still", "again", "already", "yet", "so", "too", "very", "really",
            "ist", "sind", "war", "hat", "haben", "wird", "wurde", "auch", "nur", "noch", "schon", "dann", "jetzt",
            "hier", "da", "mal", "wieder", "sehr"));

    /** What the explanation needs of one sentence. */
    record Sentence(
            SentimentClassifier.Reading reading,
            double[] contributions,
            String[] tags,
            int[] starts,
            Sentiment label,
            Sentiment[] clauseLabels) {}

    private Explanation() {}

    static List<SentimentEvidence> of(String text, List<Sentence> sentences, DocumentSentiment label) {
        List<SentimentEvidence> evidence = new ArrayList<>();
        if (label == DocumentSentiment.NEUTRAL) {
            return evidence;
        }
        for (Sentence s : sentences) {
            add(text, s, label, evidence);
        }
        evidence.sort(Comparator.comparingDouble((SentimentEvidence e) -> -Math.abs(e.weight())));
        return evidence.subList(0, Math.min(MAX_EVIDENCE, evidence.size()));
    }

    private static void add(String text, Sentence s, DocumentSentiment label, List<SentimentEvidence> evidence) {
        SentimentFeatures.Marked marked = s.reading().marked();
        String[] tokens = s.reading().tokens();
        boolean[] used = new boolean[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            int direction = direction(target(s, marked.clause()[i], label));
            double c = s.contributions()[i];
            if (direction == 0 || c * direction < MIN_EVIDENCE || used[i]) {
                continue;
            }
            if (marked.sarcasm()[i]) {
                int from = i;
                int to = i;
                double weight = c;
                // neighbouring cues are one phrase: "Na toll"
                while (to + 1 < tokens.length && marked.sarcasm()[to + 1] && !used[to + 1]) {
                    to++;
                    weight += s.contributions()[to];
                }
                while (from > 0 && marked.sarcasm()[from - 1] && !used[from - 1]) {
                    from--;
                    weight += s.contributions()[from];
                }
                mark(used, from, to);
                evidence.add(span(text, s, from, to, weight, SentimentEvidence.Kind.SARCASM));
                continue;
            }
            if (!isContent(s.tags()[i], marked.words()[i], marked.prior()[i])) {
                continue;
            }
            int negator = marked.negator()[i];
            if (marked.negated()[i] && negator >= 0 && marked.prior()[i] != 0) {
                used[i] = true;
                // a near negator is shown with its word ("doesn't boot"); a far one leaves the word alone
                boolean near = negator < i && i - negator <= NEAR_NEGATOR && !used[negator];
                if (near) {
                    used[negator] = true;
                }
                evidence.add(span(
                        text,
                        s,
                        near ? negator : i,
                        i,
                        near ? c + s.contributions()[negator] : c,
                        SentimentEvidence.Kind.NEGATED));
                continue;
            }
            used[i] = true;
            evidence.add(span(text, s, i, i, c, SentimentEvidence.Kind.WORD));
        }
    }

    private static void mark(boolean[] used, int from, int to) {
        for (int k = from; k <= to; k++) {
            used[k] = true;
        }
    }

    private static SentimentEvidence span(
            String text, Sentence s, int from, int to, double weight, SentimentEvidence.Kind kind) {
        String[] tokens = s.reading().tokens();
        if (from > 0
                && isContraction(tokens[from])
                && s.starts()[from - 1] + tokens[from - 1].length() == s.starts()[from]) {
            from--; // "does" + "n't": show "doesn't boot", not "n't boot"
        }
        int start = s.starts()[from];
        int end = s.starts()[to] + s.reading().tokens()[to].length();
        return new SentimentEvidence(text.substring(start, end), start, end, weight, kind);
    }

    private static boolean isContraction(String token) {
        String t = token.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
        return t.equals("n't") || t.equals("nt");
    }

    /** The label a token's evidence must point to: the document's, or in a MIXED text its clause's. */
    private static Sentiment target(Sentence s, int clause, DocumentSentiment label) {
        if (label != DocumentSentiment.MIXED) {
            return Sentiment.valueOf(label.name());
        }
        return s.clauseLabels().length > 1 ? s.clauseLabels()[clause] : s.label();
    }

    private static int direction(Sentiment target) {
        return target == Sentiment.POSITIVE ? 1 : target == Sentiment.NEGATIVE ? -1 : 0;
    }

    /** Content words, and polar symbols (emoticons, emoji) whatever their tag. */
    private static boolean isContent(String tag, String word, double prior) {
        if (word == null) {
            return false;
        }
        if (prior != 0 && !Character.isLetterOrDigit(word.charAt(0))) {
            return true;
        }
        return CONTENT_TAGS.contains(tag) && !FUNCTION_WORDS.contains(word) && word.length() > 1;
    }
}
