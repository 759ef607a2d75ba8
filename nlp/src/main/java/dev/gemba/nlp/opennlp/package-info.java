/**
 * The Apache OpenNLP implementation of the analysis API: the analyser, Gemba's feature generators,
 * the maxent sentiment and topic models (built in at build time, or custom) and their trainer.
 */
package dev.gemba.nlp.opennlp;
