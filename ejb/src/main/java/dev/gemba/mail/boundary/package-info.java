/**
 * Mail as a shared capability that knows no feature: features hand a {@link dev.gemba.mail.boundary.Mail}
 * to {@link dev.gemba.mail.boundary.Mailer}; mail that is not transactional carries an unsubscribe
 * link, and nothing that is not transactional goes to an address that opted out.
 */
package dev.gemba.mail.boundary;
