/** Storage, search and asynchronous analysis of feedback. */
package dev.gemba.feedback.control;
