/**
 * The one place that calls the NLP module: the analyser and its models, the queued analysis of
 * every kind of text, and the re-analysis job after a model change.
 */
package dev.gemba.analysis.control;
