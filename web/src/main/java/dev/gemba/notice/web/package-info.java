/** The "you said, we did" page of a business unit and the notices section of the item page. */
package dev.gemba.notice.web;
