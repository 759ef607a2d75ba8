/** The CSI register over REST: improvement items, their workflow, outcome and the score weights. */
package dev.gemba.improvement.rest;
