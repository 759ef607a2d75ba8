/** What the text analysis stores: sentiments, topics, the displayed detail, re-analysis runs. */
package dev.gemba.analysis.entity;
