/** Service reviews on the web: the REST API and the pages. */
package dev.gemba.review;
