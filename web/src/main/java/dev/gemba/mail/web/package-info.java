/** The public unsubscribe page that every mail that is not transactional links to. */
package dev.gemba.mail.web;
