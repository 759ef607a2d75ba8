package dev.gemba.nlp.opennlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import opennlp.tools.tokenize.Tokenizer;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class ChunkTokenizerTest {

    private final Tokenizer english = ModelTrainer.tokenizer("en");
    private final Tokenizer german = ModelTrainer.tokenizer("de");

    @Test
    void wordsAndTrailingPunctuationTakeTheFastPath() {
        assertArrayEquals(
                new String[] {"The", "VPN", "keeps", "dropping", ",", "again", "!!!"},
                english.tokenize("The VPN keeps dropping, again!!!"));
        assertArrayEquals(
                new String[] {"Der", "Drucker", "ist", "kaputt", "."}, german.tokenize("Der Drucker ist kaputt."));
    }

    @Test
    void handlesHashtagsLinksAndEmoticonsStayWhole() {
        assertArrayEquals(
                new String[] {"@united", "#fail", "see", "https://t.co/x1", ".", ":)"},
                english.tokenize("@united #fail see https://t.co/x1. :)"));
    }

    @Test
    void abbreviationsAndContractionsAreLeftToTheModel() {
        String[] tokens = german.tokenize("Das gilt z.B. für Nr. 5 usw.");
        assertEquals("z.B.", tokens[2], String.join("|", tokens));
        String[] english = this.english.tokenize("Dr. Smith didn't call.");
        assertEquals("Dr.", english[0], String.join("|", english));
    }

    @Test
    void offsetsPointIntoTheText() {
        String text = "  Outlook\u00A0crashed,\tagain… (VPN) @helpdesk";
        for (Span span : english.tokenizePos(text)) {
            String token = span.getCoveredText(text).toString();
            assertEquals(token.strip(), token);
            assertEquals(false, token.isEmpty());
        }
    }

    @Test
    void aHundredThousandCharactersWithoutSpaceAreOneQuickToken() {
        String text = "x".repeat(99_999) + ".";
        String[] tokens = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> english.tokenize(text));
        assertEquals(1, tokens.length);
    }
}
