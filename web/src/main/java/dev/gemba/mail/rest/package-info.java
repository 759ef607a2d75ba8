/** The public one-click unsubscribe endpoint (RFC 8058) of mail that is not transactional. */
package dev.gemba.mail.rest;
