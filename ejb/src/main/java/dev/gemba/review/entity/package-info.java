/** A service review, its agenda points and what its minutes raised. */
package dev.gemba.review.entity;
