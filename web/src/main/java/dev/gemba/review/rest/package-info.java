/** REST resources of service reviews (packs and minutes as JSON and PDF) and success stories. */
package dev.gemba.review.rest;
