package dev.gemba.nlp.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

class LabelledTextTest {

    @Test
    void readsALabelOrALabelsArray() throws Exception {
        List<LabelledText> texts = LabelledText.read(
                new StringReader("{\"id\": 1, \"text\": \"VPN down\", \"label\": \"negative\"}\n\n"
                        + "{\"text\": \"Laptop and VPN\", \"labels\": [\"hardware\", \"network\"]}\n"),
                null);
        assertEquals(2, texts.size());
        assertEquals(LabelledText.of("VPN down", "negative"), texts.get(0));
        assertEquals(List.of("hardware", "network"), texts.get(1).labels());
    }

    @Test
    void readsANamedLabelField() throws Exception {
        List<LabelledText> texts = LabelledText.read(
                new StringReader("{\"text\": \"x\", \"label\": \"positive\", \"topics\": [\"cost-licensing\"]}"),
                "topics");
        assertEquals(List.of("cost-licensing"), texts.get(0).labels());
    }

    @Test
    void namesTheLineOfABadRecord() {
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> LabelledText.read(
                        new StringReader("{\"text\": \"a\", \"label\": \"x\"}\n{\"text\": \"b\"}"), null));
        assertTrue(e.getMessage().startsWith("line 2"), e.getMessage());
    }

    @Test
    void aTrainingFileSkipsUnlabelledLinesButNotBrokenOnes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        var file = java.nio.file.Files.writeString(
                dir.resolve("c.jsonl"), "{\"text\": \"a\", \"labels\": []}\n{\"text\": \"b\", \"labels\": [\"x\"]}\n");
        var read = LabelledText.readTraining(file, "labels");
        assertEquals(1, read.unlabelled());
        assertEquals(List.of(LabelledText.of("b", "x")), read.texts());

        java.nio.file.Files.writeString(file, "{\"labels\": [\"x\"]}\n");
        var e = assertThrows(IllegalArgumentException.class, () -> LabelledText.readTraining(file, "labels"));
        assertTrue(e.getMessage().startsWith("line 1"), e.getMessage());
    }
}
