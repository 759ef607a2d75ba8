/** REST for "you said, we did": an item's notices and announcements, a business unit's delivered items. */
package dev.gemba.notice.rest;
