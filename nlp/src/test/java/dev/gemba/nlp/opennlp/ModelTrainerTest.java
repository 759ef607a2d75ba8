package dev.gemba.nlp.opennlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.gemba.nlp.evaluation.CrossValidation;
import dev.gemba.nlp.evaluation.LabelledText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelTrainerTest {

    private static String[] tokens(String text) {
        return ModelTrainer.tokenizer("en").tokenize(text);
    }

    @Test
    void aSentimentModelLearnsTheClassesOfItsTexts() {
        ClassifierModel model = ModelTrainer.sentiment("en").train(TinyCorpus.sentiment());
        assertEquals(ClassifierModel.Kind.SENTIMENT, model.kind());
        assertEquals(
                List.of("negative", "neutral", "positive"),
                model.labels().stream().sorted().toList());
        assertEquals("positive", model.predict(tokens("The keyboard is great, thanks!")));
        assertEquals("negative", model.predict(tokens("The keyboard is terrible and keeps failing.")));
        assertEquals("neutral", model.predict(tokens("The keyboard was replaced on Monday.")));
    }

    @Test
    void negationIsAFeatureTheModelLearns() {
        ClassifierModel model = ModelTrainer.sentiment("en").train(TinyCorpus.sentiment());
        assertEquals("negative", model.predict(tokens("The monitor is not good.")));
        assertEquals("positive", model.predict(tokens("The monitor is good.")));
    }

    @Test
    void theVersionDigestsTheDataSoEqualDataGiveEqualVersions() {
        String first =
                ModelTrainer.sentiment("en").train(TinyCorpus.sentiment()).version();
        assertTrue(first.matches("custom-sentiment-[0-9a-f]{12}"), first);
        assertEquals(
                first,
                ModelTrainer.sentiment("en").train(TinyCorpus.sentiment()).version());
        List<LabelledText> changed = new ArrayList<>(TinyCorpus.sentiment());
        changed.add(LabelledText.of("One more", "neutral"));
        assertNotEquals(first, ModelTrainer.sentiment("en").train(changed).version());
    }

    @Test
    void aSavedModelLoadsWithItsVersionAndPredictions(@TempDir Path dir) throws Exception {
        ClassifierModel model = ModelTrainer.sentiment("en").train(TinyCorpus.sentiment());
        Path file = dir.resolve("sentiment.bin");
        model.save(file);
        ClassifierModel loaded = ClassifierModel.load(file);
        assertEquals(model.version(), loaded.version());
        assertEquals(ClassifierModel.Kind.SENTIMENT, loaded.kind());
        assertEquals("en", loaded.language());
        String[] text = tokens("The portal is not great and keeps failing.");
        assertArrayEquals(model.probabilities(text), loaded.probabilities(text), 1e-12);
    }

    @Test
    void crossValidationPredictsEveryTextOnce() {
        CrossValidation cv = ModelTrainer.sentiment("en").crossValidate(TinyCorpus.sentiment(), 5);
        assertEquals(5, cv.foldMacroF1().size());
        assertEquals(60, cv.pooled().size());
        assertTrue(cv.pooled().macroF1() > 0.8, cv::toText);
        assertTrue(cv.toText().contains("5-fold"));
    }

    @Test
    void aTopicModelTakesSeveralLabelsPerText() {
        ModelTrainer trainer = ModelTrainer.topics("en");
        ClassifierModel model = trainer.train(TinyCorpus.topics());
        assertEquals(ClassifierModel.Kind.TOPICS, model.kind());
        assertEquals(
                List.of("access", "cost", "hardware"),
                model.labels().stream().sorted().toList());
        assertEquals("cost", model.predict(tokens("The licence invoice is too high")));
        double[] p = model.probabilities(tokens("Laptop lost its password"));
        assertTrue(p[model.index("hardware")] > 0.25 && p[model.index("access")] > 0.25);
        CrossValidation cv = trainer.crossValidate(TinyCorpus.topics(), 4);
        assertTrue(cv.pooled().accuracy() > 0.9, cv::toText);
    }

    @Test
    void aTopicModelCountsRepeatedWordsAndKeepsThemCountedWhenSaved(@TempDir Path dir) throws Exception {
        ClassifierModel counted = ModelTrainer.topics("en").train(TinyCorpus.topics());
        String[] once = tokens("The printer and the invoice");
        String[] twice = tokens("The printer and the invoice, the printer");
        double[] p1 = counted.probabilities(once);
        double[] p2 = counted.probabilities(twice);
        int hardware = counted.index("hardware");
        assertTrue(p2[hardware] > p1[hardware], () -> p1[hardware] + " then " + p2[hardware]);
        Path file = dir.resolve("topics.bin");
        counted.save(file);
        ClassifierModel loaded = ClassifierModel.load(file);
        assertArrayEquals(p2, loaded.probabilities(twice), 1e-12);
        assertArrayEquals(p1, loaded.probabilities(once), 1e-12);
    }

    @Test
    void aTopicModelWithoutTermCountsReadsARepeatedWordOnceAsBefore() {
        ClassifierModel binary = ModelTrainer.topics("en").termCounts(false).train(TinyCorpus.topics());
        assertArrayEquals(
                binary.probabilities(tokens("The printer and the invoice")),
                binary.probabilities(tokens("The printer and the invoice, the printer")),
                1e-12);
        assertNotEquals(ModelTrainer.topics("en").train(TinyCorpus.topics()).version(), binary.version());
    }

    @Test
    void crossValidationGivesEveryHeldOutTextsProbabilitiesWhoseBestIsThePrediction() {
        List<ModelTrainer.HeldOut> heldOut = new ArrayList<>();
        CrossValidation cv = ModelTrainer.topics("en").crossValidate(TinyCorpus.topics(), 4, fold -> {}, heldOut::add);
        assertEquals(TinyCorpus.topics().size(), heldOut.size());
        assertEquals(
                TinyCorpus.topics().size(),
                heldOut.stream().mapToInt(ModelTrainer.HeldOut::text).distinct().count());
        int right = 0;
        for (ModelTrainer.HeldOut h : heldOut) {
            assertEquals(TinyCorpus.topics().get(h.text()).labels(), h.gold());
            assertEquals(1, java.util.Arrays.stream(h.probabilities()).sum(), 1e-9);
            int best = 0;
            for (int i = 1; i < h.probabilities().length; i++) {
                best = h.probabilities()[i] > h.probabilities()[best] ? i : best;
            }
            right += h.gold().contains(h.labels().get(best)) ? 1 : 0;
        }
        assertEquals(cv.pooled().accuracy(), (double) right / heldOut.size(), 1e-12);
    }

    @Test
    void aMilderBalanceIsANewModelAndTheSwitchKeepsItsVersions() {
        List<LabelledText> skewed = new ArrayList<>(TinyCorpus.topics());
        for (int i = 0; i < 30; i++) {
            skewed.add(LabelledText.of("Monitor " + i + " flickers", "hardware"));
        }
        String full = ModelTrainer.topics("en").train(skewed).version();
        assertEquals(full, ModelTrainer.topics("en").balance(1).train(skewed).version());
        assertEquals(
                ModelTrainer.topics("en").balanced(false).train(skewed).version(),
                ModelTrainer.topics("en").balance(0).train(skewed).version());
        ClassifierModel milder = ModelTrainer.topics("en").balance(0.5).train(skewed);
        assertNotEquals(full, milder.version());
        String[] text = tokens("The printer and the invoice");
        double hardware = milder.probabilities(text)[milder.index("hardware")];
        ClassifierModel balanced = ModelTrainer.topics("en").train(skewed);
        ClassifierModel unbalanced = ModelTrainer.topics("en").balanced(false).train(skewed);
        assertTrue(hardware < unbalanced.probabilities(text)[unbalanced.index("hardware")]);
        assertTrue(hardware > balanced.probabilities(text)[balanced.index("hardware")]);
        assertThrows(
                IllegalArgumentException.class, () -> ModelTrainer.topics("en").balance(1.5));
    }

    @Test
    void rejectsWhatItCannotTrain() {
        var sentiment = ModelTrainer.sentiment("en");
        assertThrows(IllegalArgumentException.class, () -> sentiment.train(List.of(LabelledText.of("x", "angry"))));
        assertThrows(
                IllegalArgumentException.class,
                () -> sentiment.train(List.of(LabelledText.of("x", "positive"), LabelledText.of("y", "positive"))));
        assertThrows(IllegalArgumentException.class, () -> ModelTrainer.sentiment("fr"));
        assertThrows(IllegalArgumentException.class, () -> sentiment.crossValidate(TinyCorpus.sentiment(), 1));
    }
}
