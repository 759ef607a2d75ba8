package dev.gemba.nlp.opennlp;

import java.util.Map;
import java.util.Set;

/**
 * Rule-based base forms for the words of key phrases, so that "printer", "printers" and
 * "Druckern" count as one phrase (no lemmatiser model is published for OpenNLP 1.3.0). Nouns get
 * their singular (English) or lose their plural, genitive and dative endings where the ending is
 * unambiguous (German); German attributive adjectives lose their inflection ending ("langsamen" →
 * "langsam"). Words are given and returned in lower case. Stateless and thread-safe.
 */
final class PhraseLemmas {

    private static final Map<String, String> ENGLISH_IRREGULAR = Map.ofEntries(
            Map.entry("people", "person"),
            Map.entry("men", "man"),
            Map.entry("women", "woman"),
            Map.entry("children", "child"),
            Map.entry("mice", "mouse"),
            Map.entry("feet", "foot"),
            Map.entry("teeth", "tooth"),
            Map.entry("indices", "index"),
            Map.entry("matrices", "matrix"),
            Map.entry("analyses", "analysis"),
            Map.entry("crises", "crisis"),
            Map.entry("diagnoses", "diagnosis"),
            Map.entry("viruses", "virus"),
            Map.entry("statuses", "status"),
            Map.entry("bonuses", "bonus"),
            Map.entry("campuses", "campus"),
            Map.entry("buses", "bus"));

    /** Nouns that end like a plural but are not one (or whose plural is the same word). */
    private static final Set<String> ENGLISH_INVARIANT =
            Set.of("news", "series", "species", "analytics", "logistics", "economics", "politics", "ethics");

    /** Singulars in -ie and -che, whose plurals lose only the s. */
    private static final Set<String> ENGLISH_S_ONLY = Set.of(
            "cookies",
            "movies",
            "selfies",
            "rookies",
            "calories",
            "zombies",
            "newbies",
            "goodies",
            "hoodies",
            "caches",
            "niches",
            "headaches",
            "avalanches");

    /** German nouns whose -ern or -s is part of the base form. */
    private static final Set<String> GERMAN_INVARIANT = Set.of("konzern", "eltern", "stern", "western");

    private PhraseLemmas() {}

    /** The base form of a noun. */
    static String noun(String word, boolean german) {
        return german ? germanNoun(word) : englishNoun(word);
    }

    /** German adjectives that never inflect ("super Arbeit", "prima Service"). */
    private static final Set<String> GERMAN_INDECLINABLE = Set.of(
            "super", "prima", "klasse", "spitze", "lila", "rosa", "extra", "online", "offline", "mega", "top", "okay",
            "ok", "sexy", "cool", "fair", "gratis");

    /**
     * The form of an attributive adjective a person would write in a phrase: English has no
     * endings; a German adjective takes the ending it has after "der/die/das" ({@code -e}:
     * "langsamen" → "langsame", "teuren" → "teure"), so every inflected mention gives one phrase
     * that still reads as German; indeclinable ones ("super", "prima") stay as they are.
     */
    static String adjective(String word, boolean german) {
        if (!german || !letters(word) || GERMAN_INDECLINABLE.contains(word)) {
            return word;
        }
        for (String ending : new String[] {"en", "em", "er", "es"}) {
            if (word.endsWith(ending) && word.length() - ending.length() >= 3) {
                return word.substring(0, word.length() - ending.length()) + "e";
            }
        }
        return word;
    }

    private static String englishNoun(String w) {
        int n = w.length();
        String irregular = ENGLISH_IRREGULAR.get(w);
        if (irregular != null) {
            return irregular;
        }
        if (n < 4 || !letters(w) || ENGLISH_INVARIANT.contains(w)) {
            return w;
        }
        if (ENGLISH_S_ONLY.contains(w)) {
            return w.substring(0, n - 1);
        }
        if (w.endsWith("ies") && n > 4) {
            return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes") || w.endsWith("zzes")) {
            return w.substring(0, n - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    private static String germanNoun(String w) {
        int n = w.length();
        if (n < 5 || !letters(w) || GERMAN_INVARIANT.contains(w)) {
            return w;
        }
        for (String suffix : new String[] {"ungen", "heiten", "keiten", "schaften", "ionen", "täten"}) {
            if (w.endsWith(suffix)) {
                return w.substring(0, n - 2); // Verbindungen → verbindung
            }
        }
        if (w.endsWith("innen")) {
            return w.substring(0, n - 3); // Kolleginnen → kollegin
        }
        if (w.endsWith("eien")) {
            return w.substring(0, n - 2); // Dateien → datei
        }
        if (w.endsWith("ien") || w.endsWith("ern") || w.endsWith("eln")) {
            return w.substring(0, n - 1); // Batterien → batterie, Druckern → drucker
        }
        if (w.endsWith("s") && !w.endsWith("ss")) {
            char before = w.charAt(n - 2);
            // genitive -ers/-els, and the -s plural of loanwords (Tickets, Updates, Laptops, Logins)
            if (w.endsWith("ers") || w.endsWith("els") || "tpgkdlmne".indexOf(before) >= 0) {
                return w.substring(0, n - 1);
            }
        }
        return w;
    }

    private static boolean letters(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isLetter(w.charAt(i))) {
                return false;
            }
        }
        return !w.isEmpty();
    }
}
