/** Composing notices from an item's evidence, the weekly digest and the relationship managers' mail. */
package dev.gemba.notice.control;
