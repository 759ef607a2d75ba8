/** JSF views for touchpoints: quick entry, list, detail, calendar, coverage heatmap, follow-ups. */
package dev.gemba.touchpoint.web;
