package dev.gemba.nlp.opennlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds noun phrases by part-of-speech pattern: adjectives followed by one or more nouns or
 * proper nouns (Universal Dependencies tags), as a person would write them: lower case, the head
 * noun in its base form ({@link PhraseLemmas}), words the tokenizer split at a hyphen or slash
 * joined again ("wi-fi", "VPN-Client"), German adjectives in the form they take after "der/die/das"
 * ("langsame verbindung", "super arbeit"). Determiner-like adjectives ("other", "next", "letzte")
 * are left out, and a phrase whose head is a function word, interjection, greeting or time word
 * ("thanks", "na", "tagen", "week") is no key phrase. Immutable and thread-safe.
 */
final class KeyPhraseExtractor {

    /** Nouns (by their base form) that are never the head of a key phrase. */
    private static final Set<String> NOT_HEADS = Set.copyOf(java.util.Arrays.asList(
            // English: greetings, interjections, fillers, time, vague nouns
            "thank",
            "thanks",
            "thx",
            "hi",
            "hello",
            "hey",
            "na",
            "ok",
            "okay",
            "lol",
            "yes",
            "please",
            "sorry",
            "guy",
            "folk",
            "everyone",
            "someone",
            "anyone",
            "nothing",
            "something",
            "everything",
            "thing",
            "stuff",
            "lot",
            "way",
            "bit",
            "kind",
            "sort",
            "type",
            "time",
            "day",
            "week",
            "month",
            "year",
            "hour",
            "minute",
            "second",
            "today",
            "tonight",
            "tomorrow",
            "yesterday",
            "morning",
            "afternoon",
            "evening",
            "night",
            "moment",
            "end",
            "part",
            "rest",
            "number",
            "regard",
            "cheer",
            "mr",
            "mrs",
            "ms",
            "dear",
            "team",
            // German
            "danke",
            "dank",
            "hallo",
            "moin",
            "servus",
            "bitte",
            "ja",
            "nein",
            "mal",
            "ding",
            "sache",
            "leute",
            "tag",
            "tage",
            "tagen",
            "woche",
            "monat",
            "jahr",
            "stunde",
            "minute",
            "zeit",
            "heute",
            "morgen",
            "gestern",
            "abend",
            "nacht",
            "moment",
            "ende",
            "teil",
            "fall",
            "rest",
            "art",
            "weise",
            "gruß",
            "grüße",
            "herr",
            "frau",
            "kollege",
            "kollegin",
            "anfang",
            "prozent",
            "euro",
            "uhr"));

    /** Adjectives that only point or count ("other", "next", "letzte"): not part of a key phrase. */
    private static final Set<String> DETERMINER_ADJECTIVES = Set.copyOf(java.util.Arrays.asList(
            "other",
            "same",
            "such",
            "many",
            "few",
            "several",
            "last",
            "next",
            "first",
            "second",
            "whole",
            "own",
            "certain",
            "various",
            "much",
            "more",
            "most",
            "less",
            "least",
            "entire",
            "previous",
            "little",
            "only",
            "andere",
            "anderen",
            "anderer",
            "anderes",
            "gleiche",
            "gleichen",
            "viele",
            "vielen",
            "einige",
            "einigen",
            "letzte",
            "letzten",
            "letzter",
            "nächste",
            "nächsten",
            "erste",
            "ersten",
            "ganze",
            "ganzen",
            "eigene",
            "eigenen",
            "mehrere",
            "mehreren",
            "wenige",
            "wenigen",
            "paar",
            "beide",
            "beiden",
            "jede",
            "jeden"));

    private final boolean german;

    KeyPhraseExtractor(String language) {
        this.german = "de".equals(language);
    }

    /** A phrase occurrence: normalised text, offsets into the original text, words, index of its first token. */
    record Occurrence(String phrase, int start, int end, int words, int token) {}

    List<Occurrence> extract(String[] tokens, String[] tags, int[] starts) {
        // words the tokenizer split at a hyphen or slash ("Wi-" "Fi", "VPN" "-Client") are one word
        List<int[]> words = new ArrayList<>(); // {first token, last token}
        for (int i = 0; i < tokens.length; i++) {
            int last = i;
            while (last + 1 < tokens.length && glued(tokens, starts, last)) {
                last++;
            }
            words.add(new int[] {i, last});
            i = last;
        }
        List<Occurrence> found = new ArrayList<>();
        int w = 0;
        while (w < words.size()) {
            int begin = w;
            while (w < words.size() && "ADJ".equals(tag(tags, words.get(w)))) {
                w++;
            }
            int nounStart = w;
            while (w < words.size() && isNoun(tag(tags, words.get(w))) && hasLetters(tokens, words.get(w))) {
                w++;
            }
            if (w > nounStart) {
                int first = begin;
                while (first < nounStart && DETERMINER_ADJECTIVES.contains(lower(tokens, starts, words.get(first)))) {
                    first++;
                }
                Occurrence occurrence = occurrence(tokens, tags, starts, words.subList(first, w));
                if (occurrence != null) {
                    found.add(occurrence);
                }
            } else if (w == begin) {
                w++;
            }
        }
        return found;
    }

    private Occurrence occurrence(String[] tokens, String[] tags, int[] starts, List<int[]> words) {
        StringBuilder phrase = new StringBuilder();
        String head = null;
        for (int k = 0; k < words.size(); k++) {
            int[] word = words.get(k);
            String text = lower(tokens, starts, word);
            String tag = tag(tags, word);
            boolean last = k == words.size() - 1;
            String base =
                    switch (tag) {
                        case "NOUN" -> last || german ? PhraseLemmas.noun(text, german) : text;
                        case "ADJ" -> PhraseLemmas.adjective(text, german);
                        default -> text;
                    };
            if (last) {
                head = base;
            }
            phrase.append(k > 0 ? " " : "").append(base);
        }
        if (head == null || head.length() < 2 || NOT_HEADS.contains(head)) {
            return null;
        }
        int[] first = words.get(0);
        int[] last = words.get(words.size() - 1);
        int end = starts[last[1]] + tokens[last[1]].length();
        return new Occurrence(phrase.toString(), starts[first[0]], end, words.size(), first[0]);
    }

    /** Whether token {@code i + 1} continues token {@code i}: they touch and a hyphen or slash joins them. */
    private static boolean glued(String[] tokens, int[] starts, int i) {
        if (starts[i] + tokens[i].length() != starts[i + 1]) {
            return false;
        }
        String a = tokens[i];
        String b = tokens[i + 1];
        boolean joint = a.endsWith("-")
                || a.endsWith("/")
                || b.startsWith("-")
                || b.startsWith("/")
                || a.equals("-")
                || b.equals("-");
        return joint;
    }

    /** The tag of a glued word: its last part's ("Wi-Fi" is a noun when "Fi" is). */
    private static String tag(String[] tags, int[] word) {
        return tags[word[1]];
    }

    private static String lower(String[] tokens, int[] starts, int[] word) {
        StringBuilder text = new StringBuilder();
        for (int t = word[0]; t <= word[1]; t++) {
            text.append(tokens[t]);
        }
        return text.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean hasLetters(String[] tokens, int[] word) {
        int letters = 0;
        for (int t = word[0]; t <= word[1]; t++) {
            for (int c = 0; c < tokens[t].length(); c++) {
                if (Character.isLetter(tokens[t].charAt(c))) {
                    letters++;
                }
            }
        }
        return letters > 1;
    }

    private static boolean isNoun(String tag) {
        return "NOUN".equals(tag) || "PROPN".equals(tag);
    }
}
