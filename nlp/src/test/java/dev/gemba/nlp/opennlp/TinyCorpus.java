package dev.gemba.nlp.opennlp;

import java.util.ArrayList;
import java.util.List;

import dev.gemba.nlp.evaluation.LabelledText;

/** Small labelled data sets generated in memory, so trainer tests run in a second. */
final class TinyCorpus {

    private static final List<String> THINGS =
            List.of("VPN", "laptop", "printer", "portal", "email", "Wi-Fi", "headset", "phone", "ticket tool", "SAP");

    private TinyCorpus() {}

    /** 60 short sentiment texts, 20 of each class, including negated ones. */
    static List<LabelledText> sentiment() {
        List<LabelledText> texts = new ArrayList<>();
        for (String thing : THINGS) {
            texts.add(LabelledText.of("The " + thing + " is great, thanks!", "positive"));
            texts.add(LabelledText.of("Really happy with the new " + thing + ".", "positive"));
            texts.add(LabelledText.of("The " + thing + " is terrible and keeps failing.", "negative"));
            texts.add(LabelledText.of("The " + thing + " is not good at all.", "negative"));
            texts.add(LabelledText.of("The " + thing + " was replaced on Monday.", "neutral"));
            texts.add(LabelledText.of("Ticket for the " + thing + " moved to the second level team.", "neutral"));
        }
        return texts;
    }

    /** 40 texts about four topics; some carry two labels. */
    static List<LabelledText> topics() {
        List<LabelledText> texts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            texts.add(LabelledText.of("Printer number " + i + " jams and the toner is empty", "hardware"));
            texts.add(LabelledText.of("Password reset " + i + " needed, account locked", "access"));
            texts.add(LabelledText.of("Invoice " + i + " for the licence renewal is too high", "cost"));
            texts.add(new LabelledText(
                    "Laptop " + i + " lost its password after the update", List.of("hardware", "access")));
        }
        return texts;
    }
}
