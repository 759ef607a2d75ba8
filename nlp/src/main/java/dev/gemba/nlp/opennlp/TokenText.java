package dev.gemba.nlp.opennlp;

import java.util.Locale;
import java.util.Set;

/**
 * Normalises tokens for the classifiers' features: lower case, typographic apostrophes, user
 * handles, links, digits, hashtags and letters repeated for emphasis. Stateless.
 */
final class TokenText {

    /** Words that end a negation's scope, besides punctuation. */
    private static final Set<String> CLAUSE_BREAKS = Set.of(
            "but", "however", "although", "though", "aber", "sondern", "jedoch", "allerdings", "obwohl", "trotzdem");

    /** Pronouns, auxiliaries and particles that do not make a clause's start: "I never …" opens with "never". */
    private static final Set<String> FILLERS = Set.of(
            "and",
            "so",
            "oh",
            "well",
            "i",
            "it",
            "it's",
            "'s",
            "is",
            "was",
            "we",
            "you",
            "they",
            "he",
            "she",
            "this",
            "that",
            "there",
            "honestly",
            "really",
            "just",
            "und",
            "also",
            "na",
            "ich",
            "es",
            "wir",
            "sie",
            "er",
            "das",
            "ist",
            "war",
            "leider",
            "ehrlich",
            "echt",
            "halt");

    /** Emoticons are punctuation that carries polarity: kept as words (the lexicons rate them). */
    private static final Set<String> EMOTICONS =
            Set.of(":)", ":-)", ";)", ";-)", ":]", "=)", ":D", ":-D", ":(", ":-(", ":/", ":-/", ":'(", ":[", "=(");

    private static final String QUOTES = "\"»«„“”‚‘()[]{}*";

    private TokenText() {}

    /** The normalised form of a token, or {@code null} for punctuation that carries no word. */
    static String normalise(String token) {
        if (isPlainWord(token)) {
            return token;
        }
        if (EMOTICONS.contains(token)) {
            return token.toLowerCase(Locale.ROOT);
        }
        if (!hasContent(token)) {
            return null;
        }
        String t = strip(token.replace('\u2019', '\'').toLowerCase(Locale.ROOT));
        if (t.length() > 1 && t.charAt(0) == '@') {
            return "@user";
        }
        if (t.startsWith("http") || t.startsWith("www.")) {
            return "<url>";
        }
        if (t.length() > 1 && t.charAt(0) == '#') {
            t = t.substring(1);
        }
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isDigit(c)) {
                if (out.length() == 0 || out.charAt(out.length() - 1) != '0') {
                    out.append('0');
                }
                continue;
            }
            int n = out.length();
            if (n >= 2 && out.charAt(n - 1) == c && out.charAt(n - 2) == c) {
                continue; // "sooooo" -> "soo"
            }
            out.append(c);
        }
        return out.toString();
    }

    private static final String[] GERMAN_SUFFIXES = {"ern", "em", "en", "er", "es", "e", "s", "n"};

    /**
     * A light stem of a normalised word: one inflection suffix removed, if at least four letters
     * remain (German "-ern -em -en -er -es -e -s -n"; English "-ies -es -s -ed -ing -ly"). The
     * same string when nothing is removed.
     */
    static String stem(String word, boolean german) {
        int n = word.length();
        if (n < 5 || !Character.isLetter(word.charAt(n - 1))) {
            return word;
        }
        if (german) {
            for (String suffix : GERMAN_SUFFIXES) {
                if (word.endsWith(suffix) && n - suffix.length() >= 4) {
                    return word.substring(0, n - suffix.length());
                }
            }
            return word;
        }
        if (word.endsWith("ies")) {
            return word.substring(0, n - 3) + "y";
        }
        if (word.endsWith("sses") || word.endsWith("ches") || word.endsWith("shes") || word.endsWith("xes")) {
            return word.substring(0, n - 2);
        }
        if (word.endsWith("ing") && n - 3 >= 4) {
            return word.substring(0, n - 3);
        }
        if (word.endsWith("ed") && n - 2 >= 4) {
            return word.substring(0, n - 2);
        }
        if (word.endsWith("ly") && n - 2 >= 4) {
            return word.substring(0, n - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return word.substring(0, n - 1);
        }
        return word;
    }

    /** Lower-case letters without a letter tripled: most tokens, already normal. */
    private static boolean isPlainWord(String token) {
        int n = token.length();
        if (n == 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = token.charAt(i);
            if (!Character.isLowerCase(c) || i >= 2 && c == token.charAt(i - 1) && c == token.charAt(i - 2)) {
                return false;
            }
        }
        return true;
    }

    /** Quotes and brackets the tokenizer left on a word ("»schauen", "(vpn)"). */
    private static String strip(String token) {
        int begin = 0;
        int end = token.length();
        while (begin < end - 1 && QUOTES.indexOf(token.charAt(begin)) >= 0) {
            begin++;
        }
        while (end > begin + 1 && QUOTES.indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        return token.substring(begin, end);
    }

    /** Whether a (normalised or raw) token ends the scope of a negation. */
    static boolean breaksClause(String token) {
        return token == null || CLAUSE_BREAKS.contains(token) || !hasContent(token);
    }

    /** Punctuation inside a phrase ("self-service", "and/or", quotes) rather than between clauses. */
    static boolean joinsWords(String token) {
        return token.equals("-") || token.equals("/") || token.equals("'") || token.equals("\"") || token.equals("&");
    }

    /** A word that does not count as the content of a clause (see {@link #FILLERS}). */
    static boolean isFiller(String word) {
        return word == null || FILLERS.contains(word);
    }

    /**
     * Whether a token looks like code: calls {@code foo()}, members {@code a.b} or {@code a::b},
     * arrows, camelCase or snake_case identifiers. Developers' questions full of code are rarely
     * emotional.
     */
    static boolean looksLikeCode(String token) {
        int n = token.length();
        if (n < 3 || token.startsWith("http") || token.startsWith("www.")) {
            return false;
        }
        if (token.contains("()")
                || token.contains("::")
                || token.contains("->")
                || token.contains("=>")
                || token.contains("==")) {
            return true;
        }
        for (int i = 1; i < n - 1; i++) {
            char c = token.charAt(i);
            char before = token.charAt(i - 1);
            char after = token.charAt(i + 1);
            if (Character.isUpperCase(c) && Character.isLowerCase(before) && Character.isLowerCase(after) && i > 1) {
                return true; // camelCase (not "iPhone")
            }
            if ((c == '_' || c == '.')
                    && Character.isLetter(before)
                    && Character.isLetter(after)
                    && i + 2 < n
                    && Character.isLetter(token.charAt(i + 2))
                    && i > 1) {
                return true; // snake_case, a.member (not "e.g.")
            }
        }
        return false;
    }

    /** Letters in upper case only, at least three of them: SHOUTED. */
    static boolean shouted(String token) {
        int letters = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 3;
    }

    private static boolean hasContent(String token) {
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isLetterOrDigit(c)
                    || Character.isSurrogate(c)
                    || Character.getType(c) == Character.OTHER_SYMBOL) {
                return true;
            }
        }
        return false;
    }
}
