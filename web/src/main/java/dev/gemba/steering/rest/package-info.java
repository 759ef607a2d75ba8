/** REST resources of steering committees: committees, meetings with agendas, the decision log. */
package dev.gemba.steering.rest;
