/** Pages for findings: the list, a finding with its impact and evidence, the editor, the suggestions queue. */
package dev.gemba.finding.web;
