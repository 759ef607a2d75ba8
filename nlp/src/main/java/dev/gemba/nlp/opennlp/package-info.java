/** The Apache OpenNLP implementation of the analysis API, with the project's lexicons and taxonomy. */
package dev.gemba.nlp.opennlp;
