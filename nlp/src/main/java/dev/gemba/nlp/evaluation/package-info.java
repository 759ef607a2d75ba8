/**
 * Labelled data and scores: JSON Lines of labelled texts, and the accuracy, per-class
 * precision/recall/F1, macro-F1 and confusion matrix of predictions against them. No OpenNLP.
 */
package dev.gemba.nlp.evaluation;
