package dev.gemba.analysis.control;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import dev.gemba.analysis.boundary.AnalysedTexts;
import dev.gemba.analysis.boundary.AnalysisResult;
import dev.gemba.platform.queue.BatchWorkHandler;
import dev.gemba.platform.queue.WorkHandler;
import dev.gemba.platform.queue.WorkHandlerProvider;

/**
 * Analyses queued texts: one work-queue kind per {@link AnalysedTexts} implementation
 * ({@code <kind>.analysis}), batched, each result handed back to the kind that asked for it.
 */
@ApplicationScoped
public class AnalysisWork implements WorkHandlerProvider {

    @Inject
    @Any
    Instance<AnalysedTexts> kinds;

    @Inject
    TextAnalysis analysis;

    /** The work-queue kind of the analysis of one kind of text. */
    public static String queueKind(String textKind) {
        return textKind + ".analysis";
    }

    /** Every kind of analysed text, by name in name order. */
    public SortedMap<String, AnalysedTexts> kinds() {
        SortedMap<String, AnalysedTexts> byName = new TreeMap<>();
        kinds.forEach(k -> byName.put(k.kind(), k));
        return byName;
    }

    @Override
    public List<WorkHandler> handlers() {
        return kinds.stream().<WorkHandler>map(Handler::new).toList();
    }

    /** Texts of one kind; safe to repeat, so several run in one transaction. */
    private final class Handler implements BatchWorkHandler {

        private final AnalysedTexts texts;

        Handler(AnalysedTexts texts) {
            this.texts = texts;
        }

        @Override
        public String kind() {
            return queueKind(texts.kind());
        }

        @Override
        public void process(long id) {
            processAll(List.of(id));
        }

        @Override
        public void processAll(List<Long> ids) {
            Map<Long, String> found = texts.texts(ids); // absent: deleted meanwhile
            found.forEach((id, text) -> {
                AnalysisResult result = analysis.analyse(text);
                texts.analysed(id, result);
            });
        }

        @Override
        public void gaveUp(long id, String error) {
            texts.failed(id, error);
        }
    }
}
