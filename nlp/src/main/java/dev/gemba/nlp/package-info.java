/**
 * Gemba's text-analysis API: a {@link dev.gemba.nlp.FeedbackAnalyzer} turns a customer's text
 * into an immutable {@link dev.gemba.nlp.Analysis} (language, sentence and document sentiment,
 * topics, key phrases, aspect sentiment and the evidence behind the sentiment). Plain Java SE:
 * usable in a container, from the command line or as a library.
 */
package dev.gemba.nlp;
