/** Repository of reviews, the pack's assembly from other features' boundaries, PDF rendering and mail. */
package dev.gemba.review.control;
