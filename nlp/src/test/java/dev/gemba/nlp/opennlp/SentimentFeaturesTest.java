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
        assertTrue(f.contains("LEX_NEG_3+") && f.contains("LEX_POS_0") && f.contains("PRI_NEG_S"), f::toString);
        Collection<String> negated = english("Not bad at all, no complaints.");
        assertTrue(negated.contains("LEX_POS_2") && negated.contains("LEX_NEG_0"), negated::toString);
        assertTrue(negated.contains("NEGATED_NEG"), "negated blame is a cue of its own");
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
        assertTrue(
                f.stream().noneMatch(x -> x.startsWith("h=")), "whom a text addresses says nothing in another domain");
        assertTrue(f.contains("SHOUT") && f.contains("EXCL"));
    }

    @Test
    void aNegationOpeningItsClauseOrGoverningAnOpinionReachesTheClauseEnd() {
        Collection<String> initial = english("Not once in the last three weeks has the VPN been stable.");
        assertTrue(initial.contains("w=NOT_stable"), initial::toString);
        Collection<String> opinion = english("I don't think the new self-service portal is helpful.");
        assertTrue(opinion.contains("w=NOT_helpful") && opinion.contains("NEGATED_POS"), opinion::toString);
        Collection<String> plain = english("The VPN is not reliable and the portal is really helpful.");
        assertTrue(plain.contains("w=helpful"), "a negation inside its clause keeps three tokens");
    }

    @Test
    void aVerbOfSuccessIsNegativeOnlyWhenNegated() {
        assertTrue(english("I couldn't find the article.").contains("PRI_NEG_M"));
        assertTrue(english("I found the article.").contains("LEX_SUM_0"));
        assertTrue(
                german("Der Scanner geht nicht mehr.").contains("LEX_NEG_1"),
                german("Der Scanner geht nicht mehr.")::toString);
    }

    @Test
    void contrastSplitsClausesAndEachClauseHasAPolarityCue() {
        Collection<String> f = english("The agent was great but the laptop still doesn't boot.");
        assertTrue(f.contains("CONTRAST") && f.contains("FIRST_POS") && f.contains("LAST_NEG"), f::toString);
        Collection<String> g = german("Obwohl der Techniker nett war, geht der Drucker nicht.");
        assertTrue(g.contains("CONTRAST") && g.contains("FIRST_POS") && g.contains("LAST_NEG"), g::toString);
        assertFalse(english("It is not fixed yet.").contains("CONTRAST"), "'not yet' is no contrast");
    }

    @Test
    void sarcasmTurnsPraiseIntoBlame() {
        Collection<String> marker = german("Na toll, schon wieder ist das VPN ausgefallen, super Arbeit.");
        assertTrue(marker.contains("SARC") && marker.contains("LEX_POS_0"), marker::toString);
        Collection<String> again = english("Great, the VPN is down again.");
        assertTrue(again.contains("SARC") && again.contains("LEX_POS_0"), again::toString);
        Collection<String> sincere = english("Great, the VPN works again.");
        assertFalse(sincere.contains("SARC"), "praise of a repair is no sarcasm");
    }

    @Test
    void unfamiliarWordsCarryTheirPriorPolarity() {
        Collection<String> f = english("What a splendid, delightful afternoon.");
        assertTrue(f.contains("LEX_POS_2") && f.contains("LEX_SUM_POS4"), f::toString);
        assertTrue(english("How do I kill the process?").contains("LEX_SUM_0"), "kill a process is no feeling");
    }

    @Test
    void codeInATextIsACue() {
        assertTrue(english("Calling getUser() throws a NullPointerException.").contains("CODE"));
        assertFalse(english("The portal is slow, e.g. on Mondays.").contains("CODE"));
    }
}
