/** Capturing feedback (UI, REST, import), the service desk inbox and corrections. */
package dev.gemba.feedback.boundary;
