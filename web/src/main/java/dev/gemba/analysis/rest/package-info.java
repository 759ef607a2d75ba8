/** REST resources of the text analysis: the models in use and the re-analysis runs. */
package dev.gemba.analysis.rest;
