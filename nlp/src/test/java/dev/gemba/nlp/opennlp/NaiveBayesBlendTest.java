package dev.gemba.nlp.opennlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.gemba.nlp.evaluation.LabelledText;
import opennlp.tools.doccat.DoccatModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NaiveBayesBlendTest {

    private static String[] tokens(String text) {
        return ModelTrainer.tokenizer("en").tokenize(text);
    }

    @Test
    void aCustomSentimentModelFileCarriesItsNaiveBayesModel(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sentiment.bin");
        ModelTrainer.sentiment("en").train(TinyCorpus.sentiment()).save(file);
        DoccatModel saved = new DoccatModel(file);
        assertNotNull(saved.getArtifact(NaiveBayesBlend.ARTIFACT));
        assertEquals(Double.toString(ModelTrainer.NAIVE_BAYES), saved.getManifestProperty(NaiveBayesBlend.WEIGHT));
        assertEquals("0.333333", saved.getManifestProperty(NaiveBayesBlend.PRIOR + "neutral"));
    }

    @Test
    void withoutBlendOrCorrectionTheModelIsPlainMaxent(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plain.bin");
        ClassifierModel plain =
                ModelTrainer.sentiment("en").naiveBayes(0).priorCorrection(0).train(TinyCorpus.sentiment());
        plain.save(file);
        DoccatModel saved = new DoccatModel(file);
        assertNull(saved.getManifestProperty(NaiveBayesBlend.WEIGHT));
        String[] features = plain.features(tokens("The portal keeps failing."));
        assertArrayEquals(saved.getMaxentModel().eval(features), plain.evaluate(features), 0);
    }

    @Test
    void priorCorrectionMovesProbabilityTowardsRareLabels() {
        List<LabelledText> skewed = new ArrayList<>();
        for (LabelledText t : TinyCorpus.sentiment()) {
            int copies = t.labels().contains("negative") ? 4 : 1; // negative is four times as frequent
            for (int c = 0; c < copies; c++) {
                skewed.add(t);
            }
        }
        ModelTrainer trainer = ModelTrainer.sentiment("en").naiveBayes(0);
        ClassifierModel uncorrected = trainer.priorCorrection(0).train(skewed);
        ClassifierModel corrected = trainer.priorCorrection(1).train(skewed);
        String[] text = tokens("The headset arrived.");
        double[] before = uncorrected.probabilities(text);
        double[] after = corrected.probabilities(text);
        assertTrue(after[corrected.index("negative")] < before[uncorrected.index("negative")]);
        assertEquals(1, after[0] + after[1] + after[2], 1e-9);
    }

    @Test
    void rejectsWeightsOutsideTheirRange() {
        ModelTrainer trainer = ModelTrainer.sentiment("en");
        assertThrows(IllegalArgumentException.class, () -> trainer.naiveBayes(1));
        assertThrows(IllegalArgumentException.class, () -> trainer.priorCorrection(-0.1));
    }
}
