/** The service review pages: the list and the review with its pack, agenda and minutes. */
package dev.gemba.review.web;
