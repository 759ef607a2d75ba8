/** Reading and announcing "you said, we did" notices: per item, per business unit. */
package dev.gemba.notice.boundary;
