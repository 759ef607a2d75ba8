/** Interaction feedback from customers, its analysis and the service desk's corrections. */
package dev.gemba.feedback.entity;
