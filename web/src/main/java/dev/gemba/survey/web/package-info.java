/** Survey pages: the public response page and the staff pages for surveys, campaigns, scores and the fatigue policy. */
package dev.gemba.survey.web;
