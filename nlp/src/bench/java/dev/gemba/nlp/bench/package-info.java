/** JMH benchmarks of the analyser against VADER-Java (the {@code bench} profile only). */
package dev.gemba.nlp.bench;
