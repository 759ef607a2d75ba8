package dev.gemba.it.analysis;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

import dev.gemba.analysis.boundary.AnalysisResult;
import dev.gemba.analysis.control.TextAnalysis;

/** In the test deployment only: analysis throws for texts containing {@link #POISON}. */
@Alternative
@Priority(1000)
@ApplicationScoped
public class PoisonTextAnalysis extends TextAnalysis {

    static final String POISON = "POISON-PILL";

    @Override
    public AnalysisResult analyse(String text) {
        if (text.contains(POISON)) {
            throw new IllegalStateException("analyser choked on a poison text");
        }
        return super.analyse(text);
    }
}
