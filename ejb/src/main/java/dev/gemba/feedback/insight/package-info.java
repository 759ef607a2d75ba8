/** What interaction feedback says in aggregate: sentiment over time, top topics, verbatims. */
package dev.gemba.feedback.insight;
