/** Service desk pages: quick capture and the inbox with highlighted analysis and corrections. */
package dev.gemba.feedback.web;
