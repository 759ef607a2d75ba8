package dev.gemba.nlp.opennlp;

import java.util.Arrays;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.util.SequenceValidator;

/**
 * Part-of-speech tagging with beam width 1, giving the tags {@code POSTaggerME} gives with
 * OpenNLP's {@code BeamSearch} of size 1 (the most probable tag, or else the most probable
 * valid one), without the beam search's per-token sorting, sequence copies and priority queues,
 * which cost more than a third of the tagging at width 1. Not thread-safe (the context generator
 * keeps state): one instance per caller, like {@code POSTaggerME}.
 */
final class GreedyTagger {

    private static final Object[] NO_CONTEXT = new Object[0];

    private final MaxentModel model;
    private final POSContextGenerator contexts;
    private final SequenceValidator<String> validator;
    private final double[] probabilities;

    GreedyTagger(POSModel posModel) {
        this.model = posModel.getArtifact("pos.model");
        // no cache: each (token, previous tags) context is asked for once
        this.contexts = posModel.getFactory().getPOSContextGenerator(0);
        this.validator = posModel.getFactory().getSequenceValidator();
        this.probabilities = new double[model.getNumOutcomes()];
    }

    /** One tag per token. */
    String[] tag(String[] tokens) {
        String[] tags = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            // the previous tags exactly as the beam search passes them: the first i
            String[] previous = Arrays.copyOf(tags, i);
            double[] p = model.eval(contexts.getContext(i, tokens, previous, NO_CONTEXT), probabilities);
            int best = 0;
            for (int k = 1; k < p.length; k++) {
                if (p[k] > p[best]) {
                    best = k;
                }
            }
            String tag = model.getOutcome(best);
            if (!validator.validSequence(i, tokens, previous, tag)) {
                tag = bestValid(i, tokens, previous, p);
            }
            tags[i] = tag;
        }
        return tags;
    }

    /** The most probable tag the validator (the model's tag dictionary) allows for token i. */
    private String bestValid(int i, String[] tokens, String[] previous, double[] p) {
        String best = null;
        double bestP = -1;
        for (int k = 0; k < p.length; k++) {
            String tag = model.getOutcome(k);
            if (p[k] > bestP && validator.validSequence(i, tokens, previous, tag)) {
                best = tag;
                bestP = p[k];
            }
        }
        return best != null ? best : model.getOutcome(0);
    }
}
