package dev.gemba.it.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import dev.gemba.it.Api;
import dev.gemba.it.Deployments;
import dev.gemba.it.feedback.FeedbackRestIT;
import dev.gemba.nlp.evaluation.LabelledText;
import dev.gemba.nlp.opennlp.ModelTrainer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An organisation's own topic model, named by the gemba.nlp.topic.model setting, replaces the
 * built-in taxonomy on a running server: analyses assign its labels, corrections accept them,
 * and the models endpoint shows the file. The setting comes with this deployment only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomModelIT {

    /** Where the model file is written; the server runs on this machine and reads it from there. */
    static final Path MODEL = Path.of(System.getProperty("java.io.tmpdir"), "gemba-it-models", "topics.bin");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() throws IOException {
        List<LabelledText> texts = new ArrayList<>();
        String[] places = {"dock", "aisle 4", "goods-in", "the cold store", "returns", "dispatch"};
        for (String place : places) {
            texts.add(LabelledText.of(
                    "The handheld scanner at " + place + " will not read barcodes", "warehouse-scanners"));
            texts.add(LabelledText.of(
                    "Scanner battery at " + place + " dies before the shift ends", "warehouse-scanners"));
            texts.add(LabelledText.of("Supplier invoice from " + place + " was paid twice", "invoicing"));
            texts.add(LabelledText.of("The invoice run for " + place + " posted the wrong VAT", "invoicing"));
        }
        Files.createDirectories(MODEL.getParent());
        ModelTrainer.topics("en").train(texts).save(MODEL);
        JavaArchive settings = ShrinkWrap.create(JavaArchive.class, "gemba-it-model-settings.jar")
                .addAsManifestResource(
                        new StringAsset("gemba.nlp.topic.model=" + MODEL + "\n"), "microprofile-config.properties");
        return Deployments.gemba().addAsLibrary(settings);
    }

    @Test
    void theConfiguredTopicModelReplacesTheBuiltInTaxonomy() throws Exception {
        Api admin = Api.as("admin");
        JsonObject setup = admin.get("/api/v1/feedback/analysis-models").json();
        assertEquals(
                List.of("invoicing", "warehouse-scanners"),
                setup.getJsonArray("topics").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .sorted()
                        .toList(),
                setup::toString);
        assertTrue(setup.getString("modelVersion").matches("gemba-\\d+ s=b\\w+,b\\w+ t=c\\w+,c\\w+"), setup::toString);
        var models = setup.getJsonArray("models").getValuesAs(JsonObject.class);
        for (JsonObject model : models) {
            boolean topics = model.getString("role").startsWith("topics-");
            assertEquals(topics ? MODEL.toString() : null, model.getString("file", null), model::toString);
            assertEquals(!topics, model.getBoolean("builtIn"), model::toString);
        }

        String marker = UUID.randomUUID().toString().substring(0, 8);
        var created = Api.as("integration")
                .post(
                        "/api/v1/feedback",
                        "{\"channel\":\"EMAIL\",\"text\":\"The scanner at goods-in will not read barcodes again "
                                + marker + "\"}");
        assertEquals(201, created.status(), created::toString);
        long id = created.json().getJsonNumber("id").longValue();
        JsonObject analysed = FeedbackRestIT.awaitAnalysis(admin, id);
        assertEquals("ANALYSED", analysed.getString("analysisStatus"), analysed::toString);
        assertEquals("warehouse-scanners", analysed.getJsonArray("topics").getString(0), analysed::toString);
        assertEquals(setup.getString("modelVersion"), analysed.getString("modelVersion"));

        // the inbox's corrections in the organisation's labels go to the next training file
        var corrected = Api.as("desk")
                .put(
                        "/api/v1/feedback/" + id + "/correction",
                        "{\"sentiment\":\"NEGATIVE\",\"topics\":[\"invoicing\"],\"version\":"
                                + analysed.getJsonNumber("version") + "}");
        assertEquals(200, corrected.status(), corrected::toString);
        String export =
                Api.as("desk").download("/api/v1/feedback/corrections/export").body();
        assertTrue(
                export.lines().anyMatch(l -> l.contains(marker) && l.contains("\"labels\":[\"invoicing\"]")), export);
    }
}
