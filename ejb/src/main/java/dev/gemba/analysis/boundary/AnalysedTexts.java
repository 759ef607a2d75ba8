package dev.gemba.analysis.boundary;

import java.util.List;
import java.util.Map;

/**
 * A kind of text that a feature has analysed, implemented by that feature (as an EJB, so that its
 * calls join the analysis transaction). The analysis capability finds every implementation,
 * reads the texts it was asked to analyse, hands each result back through {@link #analysed}, and
 * asks for the texts an older model analysed when the model changes. It knows no feature.
 */
public interface AnalysedTexts {

    /** A short, stable name of the kind, e.g. {@code feedback}; it names the kind's queued work. */
    String kind();

    /** The texts of these subjects by id; a subject deleted meanwhile is left out. */
    Map<Long, String> texts(List<Long> ids);

    /** Stores the result for one subject, in the transaction that produced it. */
    void analysed(long id, AnalysisResult result);

    /** The analysis of this subject failed for good (in a transaction of its own). */
    void failed(long id, String error);

    /** How many subjects carry an analysis by another model version than this one. */
    long countOutdated(String modelVersion);

    /** Up to {@code max} ids above {@code afterId} of subjects analysed by another model version, in id order. */
    List<Long> outdated(String modelVersion, long afterId, int max);
}
