/** Pages of the text analysis (models in use, re-analysis runs) and how any page shows an analysed text. */
package dev.gemba.analysis.web;
