/** "You said, we did": notices on improvement items' status changes, their readers and who was told when. */
package dev.gemba.notice.entity;
