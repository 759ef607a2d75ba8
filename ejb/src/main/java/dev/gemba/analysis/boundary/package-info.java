/**
 * Text analysis as a capability that knows no feature: features implement {@link
 * dev.gemba.analysis.boundary.AnalysedTexts} for their kind of text, ask {@link
 * dev.gemba.analysis.boundary.TextAnalysisService} to analyse a subject and are handed the typed
 * {@link dev.gemba.analysis.boundary.AnalysisResult} when it is there.
 */
package dev.gemba.analysis.boundary;
