/** Sending (SMTP or .eml files), unsubscribe tokens and the opt-out list. */
package dev.gemba.mail.control;
