/** The command line ({@code analyze}, {@code train}, {@code evaluate}) over the analysis and training API. */
package dev.gemba.nlp.cli;
