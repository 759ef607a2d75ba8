package dev.gemba.nlp.opennlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.Tokenizer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GreedyTaggerTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "en|ewt|@united the new seats are great but the flight was late again!!! #fail",
                "en|ewt|Printer on floor 3 doesn't print. IT support never called back :(",
                "en|ewt|Thanks Sarah, the VPN works now.",
                "de|gsd|Der Drucker im 3. Stock druckt seit Tagen nicht, super Service …",
                "de|gsd|Danke, das neue Laptop funktioniert einwandfrei."
            })
    void tagsAsOpenNlpsBeamSearchOfWidthOne(String language, String corpus, String text) throws IOException {
        POSModel published;
        try (InputStream in = Resources.open("opennlp-" + language + "-ud-" + corpus + "-pos-1.3-2.5.4.bin")) {
            published = new POSModel(in);
        }
        POSModel widthOne = new POSModel(
                language, published.<MaxentModel>getArtifact("pos.model"), 1, Map.of(), published.getFactory());
        Tokenizer tokenizer = ModelTrainer.tokenizer(language);
        String[] tokens = tokenizer.tokenize(text);

        assertArrayEquals(new POSTaggerME(widthOne).tag(tokens), new GreedyTagger(published).tag(tokens));
    }
}
