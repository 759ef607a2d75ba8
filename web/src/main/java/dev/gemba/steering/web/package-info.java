/** Pages of steering committees: home, committees, committee, meeting, decision log. */
package dev.gemba.steering.web;
