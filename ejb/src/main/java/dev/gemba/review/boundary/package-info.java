/** The service review use cases and the records they return, the review pack among them. */
package dev.gemba.review.boundary;
