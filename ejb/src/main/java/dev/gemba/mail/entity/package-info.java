/** What the mail capability stores: recipients of mail that is not transactional and their opt-outs. */
package dev.gemba.mail.entity;
