package dev.gemba.nlp.opennlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SentimentFeaturesTest {

    private static Collection<String> english(String text) {
        return SentimentFeatures.forLanguage("en")
                .extractFeatures(ModelTrainer.tokenizer("en").tokenize(text), Map.of());
    }

    private static Collection<String> german(String text) {
        return SentimentFeatures.forLanguage("de")
                .extractFeatures(ModelTrainer.tokenizer("de").tokenize(text), Map.of());
    }

    @Test
    void wordsAfterANegatorAreMarkedForThreeTokens() {
        Collection<String> f = english("The VPN is not very reliable today at all.");
        assertTrue(f.contains("w=NOT_very"));
        assertTrue(f.contains("w=NOT_reliable"));
        assertTrue(f.contains("w=NOT_today"));
        assertTrue(f.contains("w=at"), "the scope ends after three tokens");
        assertTrue(f.contains("w=vpn") && f.contains("b=the_vpn"), "unigrams and bigrams are lower-cased");
    }

    @Test
    void contractedNegationAndClauseBreaksAreRespected() {
        Collection<String> f = english("It wasn't helpful, but the fix works.");
        assertTrue(f.contains("w=NOT_helpful"), f::toString);
        assertTrue(f.contains("w=works"), "a comma ends the scope");
    }

    @Test
    void germanPostVerbalNichtNegatesTheVerbBeforeIt() {
        Collection<String> f = german("Der Drucker funktioniert seit Tagen nicht.");
        assertTrue(f.contains("w=NOT_funktioniert"), f::toString);
        assertTrue(f.contains("LEX_NEG_1"), "the lexicon's positive 'funktioniert' counts as negative");
        Collection<String> plain = german("Der Drucker funktioniert wieder.");
        assertTrue(plain.contains("w=funktioniert") && plain.contains("LEX_POS_1"));
    }

    @Test
    void lexiconHitsAreCountedInBucketsAfterNegation() {
        Collection<String> f = english("Terrible, awful and slow.");
        assertTrue(f.contains("LEX_NEG_2+") && f.contains("LEX_POS_0") && f.contains("LEX_NEG_STRONG"), f::toString);
        Collection<String> negated = english("Not bad at all, no complaints.");
        assertTrue(negated.contains("LEX_POS_2+") && negated.contains("LEX_NEG_0"), negated::toString);
    }

    @Test
    void intensifiersAndDiminishersBecomeFeatures() {
        assertTrue(english("The desk was very helpful.").contains("INT_POS"));
        assertTrue(english("The update was slightly annoying.").contains("DIM_NEG"));
        assertFalse(english("The desk was helpful.").contains("INT_POS"));
    }

    @Test
    void handlesLinksAndEmphasis() {
        Collection<String> f = english("@helpdesk SOOOO slow!!! see https://status.example.com");
        assertTrue(f.contains("w=@user") && f.contains("w=<url>") && f.contains("w=soo"), f::toString);
        assertTrue(f.contains("h=@helpdesk"), "the addressed handle is a feature of its own");
        assertTrue(f.contains("SHOUT") && f.contains("EXCL"));
    }
}
